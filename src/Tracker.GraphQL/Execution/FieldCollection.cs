using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Execution;

/// <summary>The fields of a selection set merged under one response key (spec §6.3.2 CollectFields).</summary>
internal sealed class FieldGroup(string responseKey, FieldNode first)
{
    public string ResponseKey { get; } = responseKey;

    private List<FieldNode>? _moreNodes;

    public FieldNode First { get; } = first;

    /// <summary>Every node merged under the key: usually just one, kept without a list until there are more.</summary>
    public IReadOnlyList<FieldNode> Nodes => _moreNodes ?? (IReadOnlyList<FieldNode>)_single;

    private readonly FieldNode[] _single = [first];

    public void AddNode(FieldNode node) => (_moreNodes ??= [First]).Add(node);

    /// <summary>Subfields per runtime type: list items of one field share them (graphql-js memoizes collectSubfields).</summary>
    public Dictionary<ObjectType, GroupedFieldSet>? Subfields { get; set; }

    /// <summary>The last entry used of <see cref="Subfields"/>: list items usually share one runtime type.</summary>
    public ObjectType? LastSubfieldsType { get; set; }

    public GroupedFieldSet? LastSubfields { get; set; }

    /// <summary>Arguments coerced once per execution: they depend only on the node and the variables.</summary>
    public IReadOnlyDictionary<string, object?>? Arguments { get; set; }

    /// <summary>The definition resolved for <see cref="Arguments"/> (the same key may meet different parent types).</summary>
    public FieldDefinition? ArgumentsFor { get; set; }

    /// <summary>The field's definition on <see cref="DefinitionParent"/>, looked up once instead of once per object.</summary>
    public FieldDefinition? Definition { get; set; }

    public ObjectType? DefinitionParent { get; set; }

    /// <summary>
    /// Set when the field returns a built-in scalar, has no arguments and is read by the built-in resolver:
    /// such a field's plain value needs no resolver context, no path and no completion machinery.
    /// </summary>
    public ScalarType? PlainLeaf { get; set; }

    /// <summary>The built-in scalar the field returns (possibly non-null), if it returns one.</summary>
    public ScalarType? BuiltInScalar { get; set; }

    /// <summary>Whether the field returns a scalar or an enum (possibly non-null): nothing below it needs its path.</summary>
    public bool ReturnsLeaf { get; set; }

    /// <summary>
    /// The built-in default resolver's read of this field for the last source type seen: list items usually
    /// share one CLR type, so the per-type lookup happens once per field instead of once per item.
    /// </summary>
    public Type? ReaderType { get; set; }

    public Func<object, object?>? Reader { get; set; }
}

/// <summary>An ordered set of response keys with their field groups.</summary>
internal sealed class GroupedFieldSet
{
    // Selection sets are small: keys are found by a linear scan until there are enough to justify a table.
    private const int IndexThreshold = 12;

    private Dictionary<string, FieldGroup>? _byKey;

    private string[]? _keys;

    public List<FieldGroup> Groups { get; } = [];

    /// <summary>The response keys in order, shared by every result object of this selection set.</summary>
    public string[] Keys
    {
        get
        {
            if (_keys is null)
            {
                var keys = new string[Groups.Count];
                for (var i = 0; i < keys.Length; i++)
                {
                    keys[i] = Groups[i].ResponseKey;
                }
                _keys = keys;
            }
            return _keys;
        }
    }

    /// <summary>Visited fragment names while collecting (spec §6.3.2 visitedFragments), made on first use.</summary>
    public HashSet<string>? VisitedFragments { get; set; }

    public void Add(FieldNode field)
    {
        var key = field.ResponseKey;
        if (Find(key) is { } existing)
        {
            existing.AddNode(field);
            return;
        }
        var group = new FieldGroup(key, field);
        Groups.Add(group);
        if (_byKey is not null)
        {
            _byKey[key] = group;
        }
        else if (Groups.Count > IndexThreshold)
        {
            _byKey = new Dictionary<string, FieldGroup>(Groups.Count * 2, StringComparer.Ordinal);
            foreach (var each in Groups)
            {
                _byKey[each.ResponseKey] = each;
            }
        }
    }

    private FieldGroup? Find(string key)
    {
        if (_byKey is not null)
        {
            return _byKey.GetValueOrDefault(key);
        }
        foreach (var group in Groups)
        {
            if (string.Equals(group.ResponseKey, key, StringComparison.Ordinal))
            {
                return group;
            }
        }
        return null;
    }
}

/// <summary>CollectFields with @skip/@include and fragment type conditions (spec §6.3.2).</summary>
internal static class FieldCollector
{
    public static GroupedFieldSet Collect(ExecutionContext context, ObjectType runtimeType, SelectionSetNode selectionSet)
    {
        var fields = new GroupedFieldSet();
        Visit(context, runtimeType, selectionSet, fields);
        fields.VisitedFragments = null;
        return fields;
    }

    public static GroupedFieldSet CollectSubfields(ExecutionContext context, ObjectType runtimeType, FieldGroup group)
    {
        var fields = new GroupedFieldSet();
        foreach (var node in group.Nodes)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                Visit(context, runtimeType, selectionSet, fields);
            }
        }
        fields.VisitedFragments = null;
        return fields;
    }

    private static void Visit(ExecutionContext context, ObjectType runtimeType, SelectionSetNode selectionSet, GroupedFieldSet fields)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (ShouldInclude(context, field.Directives))
                    {
                        fields.Add(field);
                    }
                    break;
                case InlineFragmentNode inline:
                    if (ShouldInclude(context, inline.Directives) && DoesConditionMatch(context.Schema, inline.TypeCondition, runtimeType))
                    {
                        Visit(context, runtimeType, inline.SelectionSet, fields);
                    }
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!ShouldInclude(context, spread.Directives)
                        || !context.Fragments.TryGetValue(name, out var fragment)
                        || !DoesConditionMatch(context.Schema, fragment.TypeCondition, runtimeType)
                        || !(fields.VisitedFragments ??= new HashSet<string>(StringComparer.Ordinal)).Add(name))
                    {
                        continue;
                    }
                    Visit(context, runtimeType, fragment.SelectionSet, fields);
                    break;
            }
        }
    }

    private static bool ShouldInclude(ExecutionContext context, IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count == 0)
        {
            return true;
        }
        var skip = Values.GetDirectiveValues(SpecifiedDirectives.Skip, directives, context.Variables, context.HideSuggestions);
        if (skip is not null && skip.GetValueOrDefault("if") is true)
        {
            return false;
        }
        var include = Values.GetDirectiveValues(SpecifiedDirectives.Include, directives, context.Variables, context.HideSuggestions);
        return include is null || include.GetValueOrDefault("if") is not false;
    }

    private static bool DoesConditionMatch(GraphQLSchema schema, NamedTypeNode? condition, ObjectType type)
    {
        if (condition is null)
        {
            return true;
        }
        var conditionalType = schema.GetType(condition.Name.Value);
        if (ReferenceEquals(conditionalType, type))
        {
            return true;
        }
        return conditionalType is not null && conditionalType.IsAbstractType() && schema.IsSubType(conditionalType, type);
    }
}
