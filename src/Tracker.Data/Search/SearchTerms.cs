using System.Text;

namespace Tracker.Data.Search;

/// <summary>
/// Reduces user text to its words (runs of letters and digits), so nothing the user types reaches the full-text
/// engine as syntax: quotes, <c>*</c>, <c>NEAR</c>, <c>-</c>, <c>:</c> all become separators or plain words.
/// </summary>
internal static class SearchTerms
{
    /// <summary>At most this many words are searched; more only slow the query down.</summary>
    public const int MaxWords = 16;

    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        // Folded to ASCII as the documents are, so accents never decide whether a word matches.
        foreach (var rune in AnyAscii.Transliteration.Transliterate(text).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                word.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else
            {
                Flush();
            }
        }
        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0 && words.Count < MaxWords)
            {
                words.Add(word.ToString());
            }
            word.Clear();
        }
    }

    /// <summary>
    /// The kinds to find as one comma-bounded parameter (",Event,Letter,"), which both databases test with a
    /// substring search: one parameter whatever the number of kinds. All kinds when none are given.
    /// </summary>
    public static string KindList(IReadOnlyCollection<Entities.SearchKind>? kinds) =>
        "," + string.Join(",", kinds ?? Enum.GetValues<Entities.SearchKind>()) + ",";
}
