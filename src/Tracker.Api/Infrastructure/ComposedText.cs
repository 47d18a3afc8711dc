using System.Globalization;

namespace Tracker.Api.Infrastructure;

/// <summary>
/// Text in Unicode's composed form (NFC), the form every text is stored and compared in: "é" typed as one character
/// and "e" followed by a combining acute accent (as some keyboards, PDFs and macOS file names give it) are then the
/// same text, so a filter for one finds the other. <c>string.Normalize</c> cannot do it here: under
/// InvariantGlobalization (the server's setting) it returns the text unchanged and <c>IsNormalized</c> answers true
/// (ComposedTextTests shows both), so the Unicode tables come from a package (ADRaffy.ENSNormalize's NF, which
/// implements NFC from Unicode's own data and is checked against its NormalizationTest.txt).
/// </summary>
public static class ComposedText
{
    /// <summary>
    /// Most combining marks in a row that text may carry and still be composed: Unicode's Stream-Safe Text Format
    /// (UAX #15) allows 30 and no language needs more. Composing sorts each run of marks, which costs the square of its
    /// length: 100,000 marks in one 200 KB filter value took 5 s of CPU, anonymously. Text with a longer run is kept
    /// as written (it matches nothing written by a person, and a text field's length limit refuses it anyway).
    /// </summary>
    public const int MaxCombiningRun = 30;

    /// <summary>The NFC form of <paramref name="text"/>; null stays null.</summary>
    public static string? Of(string? text)
    {
        if (text is null || IsPlain(text))
        {
            return text;
        }
        // A lone surrogate is no character; the package would replace it with U+FFFD, changing what was sent
        // without saying so, so such text is kept as written.
        return HasLoneSurrogate(text) || HasLongCombiningRun(text) ? text : ADRaffy.ENSNormalize.ENSNormalize.NF.NFC(text);
    }

    private static bool HasLongCombiningRun(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark ? run + 1 : 0;
            if (run > MaxCombiningRun)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Text below U+0300 (the first combining mark) is its own NFC form: ASCII and Latin-1, most names, every slug,
    /// code and id, take no work and no allocation.
    /// </summary>
    private static bool IsPlain(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0300')
            {
                return false;
            }
        }
        return true;
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }
        return false;
    }
}
