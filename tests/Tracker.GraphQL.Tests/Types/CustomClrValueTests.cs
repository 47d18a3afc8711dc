using System.Numerics;
using System.Text.Json;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Tests.Types;

/// <summary>
/// Resolvers return CLR values graphql-js never sees. Each is coerced as graphql-js coerces the JavaScript
/// value it stands for: numerics are numbers (64-bit integers beyond 2^53 are bigints), char, Guid and
/// enums are strings. The expectations are what graphql-js answers for those JavaScript values.
/// </summary>
public sealed class CustomClrValueTests
{
    private enum Color
    {
        Red,
    }

    private static readonly Guid SomeGuid = new("0f8fad5b-d9cb-469f-a165-70867728950e");

    public static TheoryData<string, object?, string> Outputs => new()
    {
        // Every CLR numeric is a JavaScript number.
        { "Int", (short)-7, "int:-7" },
        { "Int", (byte)200, "int:200" },
        { "Int", (sbyte)-3, "int:-3" },
        { "Int", (ushort)65535, "int:65535" },
        { "Int", 7u, "int:7" },
        { "Int", 7L, "int:7" },
        { "Int", 7UL, "int:7" },
        { "Int", 7m, "int:7" },
        { "Int", 7.0f, "int:7" },
        { "Int", (Half)3, "int:3" },
        { "Int", (Int128)42, "int:42" },
        { "Int", 1.5m, "error:Int cannot represent non-integer value: 1.5" },
        { "Int", 4294967295u, "error:Int cannot represent non 32-bit signed integer value: 4294967295" },
        { "Int", long.MaxValue, "error:Int cannot represent non 32-bit signed integer value: 9223372036854775807" },
        { "Float", 1.1f, "double:1.1" },
        { "Float", 0.1m, "double:0.1" },
        { "Float", float.NaN, "error:Float cannot represent non numeric value: NaN" },
        { "Float", 9007199254740992L, "double:9007199254740992" },
        { "Float", 9007199254740993L, "error:Float cannot represent non numeric value: 9007199254740993 (value would lose precision)" },
        { "Float", ulong.MaxValue, "error:Float cannot represent non numeric value: 18446744073709551615 (value would lose precision)" },
        { "String", 1.1f, "string:1.1" },
        { "String", 12.50m, "string:12.5" },
        { "String", 9007199254740993L, "string:9007199254740993" },
        { "String", 'x', "string:x" },
        { "String", SomeGuid, "string:0f8fad5b-d9cb-469f-a165-70867728950e" },
        { "String", Color.Red, "string:Red" },
        { "String", new DateTime(2020, 1, 1), "error:String cannot represent value: {}" },
        // A JavaScript URL serializes to its href.
        { "String", new Uri("https://example.org/a b?q=1"), "string:https://example.org/a%20b?q=1" },
        { "ID", new Uri("urn:isbn:0451450523"), "string:urn:isbn:0451450523" },
        { "Boolean", 0L, "bool:false" },
        { "Boolean", 0.5f, "bool:true" },
        { "Boolean", 'x', "error:Boolean cannot represent a non boolean value: \"x\"" },
        { "Boolean", Color.Red, "error:Boolean cannot represent a non boolean value: \"Red\"" },
        { "ID", 42L, "string:42" },
        { "ID", 9007199254740993L, "string:9007199254740993" },
        { "ID", ulong.MaxValue, "string:18446744073709551615" },
        { "ID", SomeGuid, "string:0f8fad5b-d9cb-469f-a165-70867728950e" },
        { "ID", Color.Red, "string:Red" },
        { "ID", 'x', "string:x" },
        { "ID", 1.5m, "error:ID cannot represent value: 1.5" },
        // A char or enum is a string, so Int reads it as Number("7") would.
        { "Int", '7', "int:7" },
        { "Int", Color.Red, "error:Int cannot represent non-integer value: \"Red\"" },
        { "Float", '7', "double:7" },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Result_coercion_treats_clr_values_as_their_javascript_equivalents(string scalarName, object? value, string expected) =>
        SpecifiedScalarCoercionTables.AssertOutcome(expected, () => SpecifiedScalars.ByName(scalarName)!.CoerceOutputValue(value));

    [Fact]
    public void Json_elements_are_read_as_their_json_values()
    {
        using var document = JsonDocument.Parse("""{"n": 3, "s": "x", "b": true, "f": 2.5}""");
        var root = document.RootElement;
        Assert.Equal(3, SpecifiedScalars.Int.CoerceInputValue(root.GetProperty("n")));
        Assert.Equal("x", SpecifiedScalars.String.CoerceInputValue(root.GetProperty("s")));
        Assert.Equal(true, SpecifiedScalars.Boolean.CoerceInputValue(root.GetProperty("b")));
        Assert.Equal(2.5, SpecifiedScalars.Float.CoerceInputValue(root.GetProperty("f")));
        Assert.Equal("3", SpecifiedScalars.ID.CoerceInputValue(root.GetProperty("n")));
    }

    [Fact]
    public void Already_coerced_values_come_back_as_the_same_box()
    {
        object boxedInt = 5;
        object boxedDouble = 2.5;
        object boxedBool = true;
        Assert.Same(boxedInt, SpecifiedScalars.Int.CoerceOutputValue(boxedInt));
        Assert.Same(boxedDouble, SpecifiedScalars.Float.CoerceOutputValue(boxedDouble));
        Assert.Same(boxedBool, SpecifiedScalars.Boolean.CoerceOutputValue(boxedBool));
    }

    [Fact]
    public void Literal_errors_carry_the_literal_location()
    {
        var document = Tracker.GraphQL.Language.Parser.Parse("{ f(a: \"x\") }");
        var operation = (Tracker.GraphQL.Language.OperationDefinitionNode)document.Definitions[0];
        var field = (Tracker.GraphQL.Language.FieldNode)operation.SelectionSet.Selections[0];
        var literal = field.Arguments[0].Value;
        var error = Assert.Throws<GraphQLError>(() => SpecifiedScalars.Int.CoerceInputLiteral(literal));
        Assert.Equal("Int cannot represent non-integer value: \"x\"", error.Message);
        Assert.Equal([new Tracker.GraphQL.Language.SourceLocation(1, 8)], error.Locations);
    }

    [Fact]
    public void Big_integers_beyond_int_range_are_reported_exactly()
    {
        var error = Assert.Throws<GraphQLError>(() => SpecifiedScalars.Int.CoerceInputValue(BigInteger.Pow(10, 30)));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 1000000000000000000000000000000", error.Message);
    }
}
