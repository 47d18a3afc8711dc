using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Validation;

/// <summary>
/// The directives known while validating a document: the schema's (the specified ones when there is no schema),
/// replaced by name by those the document defines, as each graphql-js directive rule builds its own map.
/// Without definitions in the document the table depends on the schema alone and is built once per schema.
/// </summary>
internal static class DirectiveTables
{
    public static IReadOnlyDictionary<string, DirectiveFacts> For(ValidationContext context)
    {
        var definitions = DirectiveDefinitionsOf(context.Document);
        var schema = context.Schema;
        if (definitions is null && schema is not null)
        {
            if (schema.DocumentValidationCache is Dictionary<string, DirectiveFacts> cached)
            {
                return cached;
            }
            var built = FromDirectives(schema.Directives);
            schema.DocumentValidationCache = built;
            return built;
        }
        var table = FromDirectives(schema?.Directives ?? SpecifiedDirectives.All);
        foreach (var definition in definitions ?? [])
        {
            table[definition.Name.Value] = FromDefinition(definition);
        }
        return table;
    }

    private static List<DirectiveDefinitionNode>? DirectiveDefinitionsOf(DocumentNode document)
    {
        List<DirectiveDefinitionNode>? definitions = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                (definitions ??= []).Add(directive);
            }
        }
        return definitions;
    }

    private static Dictionary<string, DirectiveFacts> FromDirectives(IReadOnlyList<DirectiveDefinition> directives)
    {
        var table = new Dictionary<string, DirectiveFacts>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            var locations = new HashSet<string>(StringComparer.Ordinal);
            foreach (var location in directive.Locations)
            {
                locations.Add(location.ToSpecName());
            }
            var names = new List<string>();
            var required = new List<(string, string)>();
            foreach (var argument in directive.Arguments)
            {
                AddArgument(names, required, argument.Name, argument.IsRequired ? argument.Type.ToString() : null);
            }
            table[directive.Name] = new DirectiveFacts(locations, [.. names], [.. required], directive.IsRepeatable);
        }
        return table;
    }

    private static DirectiveFacts FromDefinition(DirectiveDefinitionNode definition)
    {
        var locations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var location in definition.Locations)
        {
            locations.Add(location.Value);
        }
        var names = new List<string>();
        var required = new List<(string, string)>();
        foreach (var argument in definition.Arguments)
        {
            // graphql-js isRequiredArgumentNode: a non-null type and no default value.
            var isRequired = argument.Type is NonNullTypeNode && argument.DefaultValue is null;
            AddArgument(names, required, argument.Name.Value, isRequired ? Printer.Print(argument.Type) : null);
        }
        return new DirectiveFacts(locations, [.. names], [.. required], definition.Repeatable);
    }

    /// <summary>
    /// Adds an argument as graphql-js's Set and Map do: a repeated name keeps its first position, and for
    /// required arguments the last definition's type.
    /// </summary>
    private static void AddArgument(List<string> names, List<(string Name, string Type)> required, string name, string? requiredType)
    {
        if (!names.Contains(name))
        {
            names.Add(name);
        }
        if (requiredType is null)
        {
            return;
        }
        var index = required.FindIndex(r => r.Name == name);
        if (index < 0)
        {
            required.Add((name, requiredType));
        }
        else
        {
            required[index] = (name, requiredType);
        }
    }
}
