using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Types;

/// <summary>
/// An enum (spec §3.9). Each value has a name (what the wire carries) and an internal value
/// (what resolvers see: by default the name itself; a bound CLR enum member when resolvers are bound).
/// </summary>
public sealed class EnumType(string name) : NamedType(name)
{
    private readonly OrderedDictionary<string, EnumValueDefinition> _values = new(StringComparer.Ordinal);
    private InternalIndex? _byInternalValue;

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
        var index = _byInternalValue ??= BuildInternalIndex();
        // A CLR enum's value by its number: a boxed enum's hash and equality are virtual calls into the runtime,
        // and a timeline answer coerces a few hundred of them.
        if (index.DenseType is { } type && value.GetType() == type && (uint)index.Number!(value) is var number && number < (uint)index.Dense!.Length)
        {
            return index.Dense[number];
        }
        return index.ByValue.GetValueOrDefault(value);
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

    private InternalIndex BuildInternalIndex()
    {
        var index = new Dictionary<object, EnumValueDefinition>();
        foreach (var value in _values.Values)
        {
            index.TryAdd(value.Value ?? value.Name, value);
        }
        if (DenseTypeOf(index.Keys) is not { } denseType)
        {
            return new InternalIndex(index, null, null, null);
        }
        var number = NumberOfMethod.MakeGenericMethod(denseType).CreateDelegate<Func<object, int>>();
        return new InternalIndex(index, denseType, number, Dense(index, number));
    }

    private static readonly System.Reflection.MethodInfo NumberOfMethod =
        typeof(EnumType).GetMethod(nameof(NumberOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    /// <summary>
    /// A boxed enum's number, unboxed as its own type: unboxing it as <c>int</c> goes through the runtime's slow helper
    /// for a type that differs from the box's.
    /// </summary>
    private static int NumberOf<TEnum>(object value)
        where TEnum : struct, Enum =>
        System.Runtime.CompilerServices.Unsafe.As<TEnum, int>(ref System.Runtime.CompilerServices.Unsafe.Unbox<TEnum>(value));

    /// <summary>The CLR enum every internal value is of, when it is one with <c>int</c> numbers from 0 to 63.</summary>
    private static Type? DenseTypeOf(IEnumerable<object> values)
    {
        Type? type = null;
        foreach (var value in values)
        {
            if (value is not Enum || (type is not null && value.GetType() != type) || Enum.GetUnderlyingType(value.GetType()) != typeof(int) || (uint)(int)value >= MaxDense)
            {
                return null;
            }
            type = value.GetType();
        }
        return type;
    }

    private const int MaxDense = 64;

    /// <summary>The values of a <see cref="InternalIndex.DenseType"/> enum by their numbers (null where none is defined).</summary>
    private static EnumValueDefinition?[] Dense(Dictionary<object, EnumValueDefinition> index, Func<object, int> number)
    {
        var dense = new EnumValueDefinition?[index.Keys.Max(number) + 1];
        foreach (var (value, definition) in index)
        {
            dense[number(value)] = definition;
        }
        return dense;
    }

    /// <summary>The values by internal value, and by number for a CLR enum of small numbers (<see cref="DenseType"/>).</summary>
    private sealed record InternalIndex(Dictionary<object, EnumValueDefinition> ByValue, Type? DenseType, Func<object, int>? Number, EnumValueDefinition?[]? Dense);
}
