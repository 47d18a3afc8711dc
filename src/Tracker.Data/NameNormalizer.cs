using AnyAscii;

namespace Tracker.Data;

/// <summary>
/// The form of a name used to match signers to organisations and people: case, accents, punctuation and
/// spacing ignored, "&amp;" read as "and" ("CASA de Maryland, Inc." and "casa de maryland inc" match; "Comité"
/// and "Comite" too). Letters of any script are first transliterated to ASCII (AnyAscii), which needs no ICU
/// data: the app runs in invariant globalization mode, where .NET's own Unicode decomposition does nothing.
/// </summary>
public static class NameNormalizer
{
    public static string Normalize(string name)
    {
        var ascii = Transliteration.Transliterate(name.Replace("&", " and ", StringComparison.Ordinal));
        var builder = new System.Text.StringBuilder(ascii.Length);
        var space = false;
        foreach (var c in ascii)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }
                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }
        return builder.ToString();
    }

    /// <summary>An acronym's letters and digits, upper case, for matching ("Q.Z.X.", "qzx" and "QZX" alike); null when it has none.</summary>
    public static string? AcronymKey(string? acronym)
    {
        if (acronym is null)
        {
            return null;
        }
        var key = new string(Transliteration.Transliterate(acronym).Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return key.Length == 0 ? null : key;
    }
}
