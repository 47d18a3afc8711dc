using System.Globalization;
using System.Text;

namespace Tracker.Api.Csv;

/// <summary>
/// Text from a file made safe to print on a terminal: control characters (an escape sequence could recolour, move
/// the cursor, retitle the window or worse) and bidirectional controls (which reorder what is shown) are written as
/// visible escapes such as <c>\u001B</c>; everything else is printed as it is.
/// </summary>
internal static class TerminalText
{
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(NeedsEscape(c) ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c);
        }
        return builder.ToString();
    }

    /// <summary>Every control character, line breaks and tabs included: one line of a report stays one line.</summary>
    private static bool NeedsEscape(char c) => char.IsControl(c) || IsBidiControl(c);

    /// <summary>The embeddings, overrides and isolates of Unicode's bidirectional algorithm, and its invisible marks.</summary>
    public static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';
}
