using System.Text;
using Tracker.Api.Auth;
using Tracker.Data.Entities;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.Api.Tests;

/// <summary>
/// Queries derived from the schema that together select every field of every type a query can reach: one document
/// per root field, each object type written out in full the first time the walk meets it at the shallowest depth it
/// has under that root (elsewhere only its <c>__typename</c>: written out at the first place met, a type reached
/// through a chain of plain lists multiplied the document's estimated cost past the server's limit), abstract types through a fragment per possible type. Connections ask for 3 items; a required
/// argument takes its example from <see cref="Examples"/>, and one without an example fails the walk by name, so a
/// new field cannot slip past.
/// </summary>
internal static class EveryFieldQueries
{
    /// <summary>Example values of required arguments, by field coordinate and argument; <c>$id</c> stands for a real node id.</summary>
    private static readonly Dictionary<string, string> Examples = new(StringComparer.Ordinal)
    {
        ["Query.node.id"] = "$id",
        ["Query.nodes.ids"] = "[$id]",
        ["Query.organization.slug"] = "\"mirac\"",
        ["Query.person.slug"] = "$person",
        ["Query.letter.slug"] = "\"morton-2011-07-20\"",
        ["Query.jurisdiction.code"] = "\"MN\"",
        ["Query.source.slug"] = "$source",
        ["Query.legislation.slug"] = "$legislation",
        ["Query.search.text"] = "\"Morton\"",
        // Every match, so that the two databases' different rankings cannot cut different records off.
        ["Query.search.first"] = "50",
        ["Query.event.slug"] = "$event",
        ["Query.body.slug"] = "\"us-ice\"",
        ["Query.statement.slug"] = "\"quinn-letter-to-ice\"",
        ["Query.statistic.slug"] = "\"miami-dade-noncriminal-over-50\"",
        ["Query.deportationCase.slug"] = "\"ched-nin\"",
    };

    /// <summary>The variables examples may use, with their types; the test gives their values from the seeded data.</summary>
    private static readonly Dictionary<string, string> Variables = new(StringComparer.Ordinal)
    {
        ["id"] = "ID!",
        ["person"] = "String!",
        ["source"] = "String!",
        ["legislation"] = "String!",
        ["event"] = "String!",
    };

    public sealed record Document(string RootField, string Text, ApiKeyRole? Needs);

    public static (List<Document> Documents, SortedSet<string> Selected, SortedSet<string> Reachable) Walk(GraphQLSchema schema)
    {
        var expanded = new HashSet<string>(StringComparer.Ordinal);
        var selected = new SortedSet<string>(StringComparer.Ordinal);
        var documents = new List<Document>();
        // Roots of one type first: what node, nodes and search (every type, as fragments side by side) would write
        // out is then written out already, and their fragments stay few enough for the alias limit.
        foreach (var field in schema.QueryType!.Fields.Values.OrderBy(f => f.Type.GetNamedType() is ObjectType ? 0 : 1))
        {
            var body = new StringBuilder();
            WriteField(schema, field, body, new Walker(expanded, selected, ShallowestDepths(schema, field)), 1);
            var text = body.ToString();
            var declared = Variables.Where(v => text.Contains("$" + v.Key, StringComparison.Ordinal)).Select(v => $"${v.Key}: {v.Value}").ToList();
            documents.Add(new Document(field.Name, (declared.Count > 0 ? $"query ({string.Join(", ", declared)}) " : "") + "{ " + text + "}", KeyRequirements.For(OperationType.Query, field.Name)));
            selected.Add(field.Coordinate);
        }
        return (documents, selected, Reachable(schema));
    }

    /// <summary>What the walk of one root field carries: the types written out so far (all roots), the fields selected, this root's depths.</summary>
    private sealed record Walker(HashSet<string> Expanded, SortedSet<string> Selected, IReadOnlyDictionary<string, int> Shallowest);

    /// <summary>The least depth at which each type occurs under a root field (1: the root field's own type), breadth first.</summary>
    private static Dictionary<string, int> ShallowestDepths(GraphQLSchema schema, FieldDefinition root)
    {
        var depths = new Dictionary<string, int>(StringComparer.Ordinal);
        var pending = new Queue<(NamedType Type, int Depth)>([(root.Type.GetNamedType(), 1)]);
        while (pending.TryDequeue(out var item))
        {
            if (item.Type is ScalarType or EnumType || !depths.TryAdd(item.Type.Name, item.Depth))
            {
                continue;
            }
            if (item.Type is not ObjectType objectType)
            {
                // A fragment on a possible type sits at the abstract type's own depth.
                foreach (var possible in schema.GetPossibleTypes(item.Type))
                {
                    pending.Enqueue((possible, item.Depth));
                }
                continue;
            }
            foreach (var field in objectType.Fields.Values)
            {
                pending.Enqueue((field.Type.GetNamedType(), item.Depth + 1));
            }
        }
        return depths;
    }

    private static void WriteField(GraphQLSchema schema, FieldDefinition field, StringBuilder text, Walker walk, int depth, IReadOnlySet<string>? aliased = null)
    {
        walk.Selected.Add(field.Coordinate);
        if (aliased?.Contains(field.Name) == true)
        {
            // Same name, other type in a sibling fragment: the two could not merge without an alias.
            text.Append(field.ParentType.Name).Append('_').Append(field.Name).Append(": ");
        }
        text.Append(field.Name);
        var arguments = new List<string>();
        foreach (var argument in field.Arguments)
        {
            if (Examples.TryGetValue($"{field.Coordinate}.{argument.Name}", out var example))
            {
                arguments.Add($"{argument.Name}: {example}");
            }
            else if (argument.Name == "first")
            {
                arguments.Add("first: 3");
            }
            else if (argument.Type.IsNonNull() && argument.DefaultValue is null)
            {
                throw new InvalidOperationException($"{field.Coordinate}({argument.Name}:) is required: give it an example in EveryFieldQueries.Examples.");
            }
        }
        if (arguments.Count > 0)
        {
            text.Append('(').AppendJoin(", ", arguments).Append(')');
        }
        var type = field.Type.GetNamedType();
        if (type is ScalarType or EnumType)
        {
            text.Append(' ');
            return;
        }
        text.Append(" { ");
        WriteSelection(schema, type, text, walk, depth);
        text.Append("} ");
    }

    private static void WriteSelection(GraphQLSchema schema, NamedType type, StringBuilder text, Walker walk, int depth, IReadOnlySet<string>? aliased = null)
    {
        text.Append("__typename ");
        if (type is ObjectType objectType)
        {
            if (depth <= walk.Shallowest[objectType.Name] && walk.Expanded.Add(objectType.Name))
            {
                foreach (var field in objectType.Fields.Values)
                {
                    WriteField(schema, field, text, walk, depth + 1, aliased);
                }
            }
            return;
        }
        var possibles = schema.GetPossibleTypes(type);
        var conflicting = possibles.SelectMany(p => p.Fields.Values).GroupBy(f => f.Name)
            .Where(g => g.Select(f => f.Type.ToString()).Distinct().Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var possible in possibles)
        {
            if (depth <= walk.Shallowest[possible.Name] && !walk.Expanded.Contains(possible.Name))
            {
                text.Append("... on ").Append(possible.Name).Append(" { ");
                WriteSelection(schema, possible, text, walk, depth, conflicting);
                text.Append("} ");
            }
        }
    }

    /// <summary>Every field of every object type a query can reach, by coordinate.</summary>
    private static SortedSet<string> Reachable(GraphQLSchema schema)
    {
        var fields = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<NamedType>([schema.QueryType!]);
        while (pending.TryDequeue(out var type))
        {
            if (!seen.Add(type.Name))
            {
                continue;
            }
            var objects = type is ObjectType o ? [o] : schema.GetPossibleTypes(type);
            foreach (var objectType in objects)
            {
                pending.Enqueue(objectType);
                foreach (var field in objectType.Fields.Values)
                {
                    fields.Add(field.Coordinate);
                    if (field.Type.GetNamedType() is ObjectType or InterfaceType or UnionType)
                    {
                        pending.Enqueue(field.Type.GetNamedType());
                    }
                }
            }
        }
        return fields;
    }
}
