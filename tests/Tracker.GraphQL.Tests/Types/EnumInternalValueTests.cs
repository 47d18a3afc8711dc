using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Tests.Types;

/// <summary>
/// Result coercion finds an enum value by its internal value: a CLR enum's value by its number (with gaps, values the
/// schema leaves out, numbers of another enum type), and any other internal value by equality, as before.
/// </summary>
public sealed class EnumInternalValueTests
{
    private enum Colour
    {
        Red = 0,
        Green = 2,
        Blue = 5,
        Unused = 7,
    }

    private enum Other
    {
        Red = 0,
    }

    private enum Wide : long
    {
        One = 1,
    }

    private static EnumType Enum(params (string Name, object? Value)[] values)
    {
        var type = new EnumType("E");
        foreach (var (name, value) in values)
        {
            type.AddValue(new EnumValueDefinition(name) { Value = value });
        }
        return type;
    }

    [Fact]
    public void A_clr_enums_values_are_found_by_number_and_others_refused()
    {
        var type = Enum(("RED", Colour.Red), ("GREEN", Colour.Green), ("BLUE", Colour.Blue));

        Assert.Equal("RED", type.CoerceOutputValue(Colour.Red));
        Assert.Equal("GREEN", type.CoerceOutputValue(Colour.Green));
        Assert.Equal("BLUE", type.CoerceOutputValue(Colour.Blue));
        Assert.Null(type.FindByInternalValue((Colour)1));
        Assert.Null(type.FindByInternalValue(Colour.Unused));
        Assert.Null(type.FindByInternalValue((Colour)300));
        Assert.Null(type.FindByInternalValue((Colour)(-1)));
        Assert.Null(type.FindByInternalValue(Other.Red));
        Assert.Null(type.FindByInternalValue(0));
        Assert.Null(type.FindByInternalValue("RED"));
        Assert.Throws<GraphQLError>(() => type.CoerceOutputValue(Colour.Unused));
    }

    [Fact]
    public void Values_that_are_not_one_small_int_enum_are_found_by_equality()
    {
        var names = Enum(("A", null), ("B", "b"));
        var mixed = Enum(("RED", Colour.Red), ("OTHER", Other.Red));
        var large = Enum(("BIG", (Colour)1000), ("RED", Colour.Red));
        var wide = Enum(("ONE", Wide.One));
        var numbers = Enum(("ONE", 1), ("TWO", 2));

        Assert.Equal("A", names.CoerceOutputValue("A"));
        Assert.Equal("B", names.CoerceOutputValue("b"));
        Assert.Equal("RED", mixed.CoerceOutputValue(Colour.Red));
        Assert.Equal("OTHER", mixed.CoerceOutputValue(Other.Red));
        Assert.Equal("BIG", large.CoerceOutputValue((Colour)1000));
        Assert.Equal("RED", large.CoerceOutputValue(Colour.Red));
        Assert.Equal("ONE", wide.CoerceOutputValue(Wide.One));
        Assert.Equal("TWO", numbers.CoerceOutputValue(2));
        Assert.Null(numbers.FindByInternalValue(Colour.Green));
    }

    [Fact]
    public void A_value_added_later_is_found()
    {
        var type = Enum(("RED", Colour.Red));
        Assert.Equal("RED", type.CoerceOutputValue(Colour.Red));

        type.AddValue(new EnumValueDefinition("GREEN") { Value = Colour.Green });

        Assert.Equal("GREEN", type.CoerceOutputValue(Colour.Green));
    }
}
