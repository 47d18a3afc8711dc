using System.Globalization;
using System.Text;

namespace Tracker.Data;

/// <summary>
/// The form of a name used to match signers to organisations and people: case, accents, punctuation and
/// spacing ignored, "&amp;" read as "and" ("CASA de Maryland, Inc." and "casa de maryland inc" match).
/// </summary>
public static class NameNormalizer
{
    public static string Normalize(string name)
    {
        var decomposed = name.Replace("&", " and ", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
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
}
