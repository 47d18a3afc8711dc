using System.Globalization;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Tests.Types;

/// <summary>
/// The built-in scalars against graphql-js 17.1.0. Each table row's expectation was produced by running
/// graphql-js's GraphQLInt/Float/String/Boolean/ID on the JavaScript value the CLR value stands for
/// (rows in SpecifiedScalarCoercionTables.Cases.cs, written by Reference/generate.cjs). A row ending in "…"
/// was truncated for length and is compared as a prefix.
/// </summary>
public sealed partial class SpecifiedScalarCoercionTables
{
    [Theory]
    [MemberData(nameof(ValueCoercion))]
    public void Coerces_values_as_graphql_js(string scalarName, string direction, object? value, string expected)
    {
        var scalar = SpecifiedScalars.ByName(scalarName)!;
        var coerce = direction == "Output" ? scalar.CoerceOutputValue : scalar.CoerceInputValue;
        AssertOutcome(expected, () => coerce(value));
    }

    [Theory]
    [MemberData(nameof(LiteralCoercion))]
    public void Coerces_literals_as_graphql_js(string scalarName, string literal, string expected)
    {
        var scalar = SpecifiedScalars.ByName(scalarName)!;
        var node = literal == "$var" ? new VariableNode { Name = new NameNode("var") } : Parser.ParseConstValue(literal);
        AssertOutcome(expected, () => scalar.CoerceInputLiteral(node));
    }

    [Theory]
    [MemberData(nameof(ValueToLiteral))]
    public void Turns_values_into_literals_as_graphql_js(string scalarName, object? value, string expected)
    {
        var scalar = SpecifiedScalars.ByName(scalarName)!;
        string actual;
        try
        {
            actual = scalar.ValueToLiteral(value) is { } node ? $"{node.Kind}:{Printer.Print(node)}" : "none";
        }
        catch (GraphQLError error)
        {
            actual = "error:" + error.Message;
        }
        Assert.Equal(expected, actual);
    }

    internal static void AssertOutcome(string expected, Func<object?> coerce)
    {
        string actual;
        try
        {
            actual = Describe(coerce());
        }
        catch (GraphQLError error)
        {
            actual = "error:" + error.Message;
        }
        if (expected.EndsWith('…'))
        {
            Assert.StartsWith(expected[..^1], actual, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(expected, actual);
        }
    }

    /// <summary>The coerced value with its CLR type: Int must be int, Float double, String/ID string, Boolean bool.</summary>
    private static string Describe(object? value) => value switch
    {
        int i => "int:" + i.ToString(CultureInfo.InvariantCulture),
        double d => "double:" + JsFormat.Number(d),
        string s => "string:" + s,
        bool b => b ? "bool:true" : "bool:false",
        _ => "unexpected:" + value?.GetType().Name,
    };
}
