using System.Globalization;
using System.Text;

namespace Tracker.GraphQL.Language;

/// <summary>Prints AST nodes back to GraphQL text exactly as graphql-js 17's <c>print</c> does.</summary>
public static class Printer
{
    /// <summary>Prints any AST node the way graphql-js's print does.</summary>
    public static string Print(Node node) => PrintScalarLiteral(node) ?? new DocumentPrinter().Print(node, int.MaxValue);

    /// <summary>graphql-js's printForError: like <see cref="Print"/>, but beyond 100 indentation levels lines
    /// are joined with spaces, so an error message about a deeply nested value stays readable.</summary>
    public static string PrintForError(Node node) => PrintScalarLiteral(node) ?? new DocumentPrinter().Print(node, 100);

    /// <summary>
    /// A one-token literal's text, which needs no layout: introspection prints every default value and errors print
    /// the offending literal, and the layout's buffers would cost more than the text. Null for anything else.
    /// </summary>
    private static string? PrintScalarLiteral(Node node) => node switch
    {
        IntValueNode integer => integer.Value,
        FloatValueNode number => number.Value,
        StringValueNode { Block: false } text => PrintString(text.Value),
        BooleanValueNode boolean => boolean.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode enumValue => enumValue.Value,
        _ => null,
    };

    /// <summary>A string literal with graphql-js's escaping (printString): quotes, backslashes and the C0 and
    /// C1 control characters are escaped, everything else is written as is.</summary>
    public static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        var chunkStart = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x20 && c != '"' && c != '\\' && (c < 0x7F || c > 0x9F))
            {
                continue;
            }
            builder.Append(value, chunkStart, i - chunkStart);
            chunkStart = i + 1;
            switch (c)
            {
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                default:
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
            }
        }
        return builder.Append(value, chunkStart, value.Length - chunkStart).Append('"').ToString();
    }
}
