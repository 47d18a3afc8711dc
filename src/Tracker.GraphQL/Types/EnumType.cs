using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Types;

/// <summary>
/// An enum (spec §3.9). Each value has a name (what the wire carries) and an internal value
/// (what resolvers see: by default the name itself; a bound CLR enum member when resolvers are bound).
/// </summary>
public sealed class EnumType(string name) : NamedType(name)
{
    private readonly OrderedDictionary<string, EnumValueDefinition> _values = new(StringComparer.Ordinal);
    private Dictionary<object, EnumValueDefinition>? _byInternalValue;

    public override TypeKind Kind => TypeKind.Enum;

    public IReadOnlyDictionary<string, EnumValueDefinition> Values => _values;

    public EnumValueDefinition? GetValue(string name) => _values.GetValueOrDefault(name);

    public EnumValueDefinition AddValue(EnumValueDefinition value)
    {
        value.ParentType = this;
        _values[value.Name] = value;
        _byInternalValue = null;
        return value;
    }

    /// <summary>The enum value whose internal value equals <paramref name="value"/>, for result coercion.</summary>
    public EnumValueDefinition? FindByInternalValue(object value)
    {
        _byInternalValue ??= BuildInternalIndex();
        return _byInternalValue.GetValueOrDefault(value);
    }

    /// <summary>Result coercion (spec §3.9): the internal value's name.</summary>
    public string CoerceOutputValue(object value) =>
        FindByInternalValue(value)?.Name
        ?? throw new GraphQLError($"Enum \"{Name}\" cannot represent value: {Utilities.Inspect.Value(value)}");

    /// <summary>Input coercion of a variable value: a string naming one of the values.</summary>
    public object CoerceInputValue(object? input, bool hideSuggestions = false)
    {
        if (input is not string name)
        {
            var text = Utilities.Inspect.Value(input);
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-string value: {text}." + Suggest(text, hideSuggestions));
        }
        var value = GetValue(name) ?? throw new GraphQLError($"Value \"{name}\" does not exist in \"{Name}\" enum." + Suggest(name, hideSuggestions));
        return value.Value ?? value.Name;
    }

    /// <summary>Input coercion of a literal: an enum value naming one of the values.</summary>
    public object CoerceInputLiteral(ValueNode node, bool hideSuggestions = false)
    {
        // The node's text is printed only for an error: a valid literal is the usual case and costs no string.
        if (node is not EnumValueNode enumNode)
        {
            var text = Printer.PrintForError(node);
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-enum value: {text}." + Suggest(text, hideSuggestions), node);
        }
        if (GetValue(enumNode.Value) is not { } value)
        {
            var text = Printer.PrintForError(node);
            throw new GraphQLError($"Value \"{text}\" does not exist in \"{Name}\" enum." + Suggest(text, hideSuggestions), node);
        }
        return value.Value ?? value.Name;
    }

    private string Suggest(string unknown, bool hideSuggestions) =>
        hideSuggestions ? string.Empty : Utilities.MessageFormatting.DidYouMean(Utilities.SuggestionList.For(unknown, _values.Keys), "the enum value");

    private Dictionary<object, EnumValueDefinition> BuildInternalIndex()
    {
        var index = new Dictionary<object, EnumValueDefinition>();
        foreach (var value in _values.Values)
        {
            index.TryAdd(value.Value ?? value.Name, value);
        }
        return index;
    }
}
