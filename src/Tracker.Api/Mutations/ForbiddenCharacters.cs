namespace Tracker.Api.Mutations;

/// <summary>
/// The characters no text of the record may hold, one rule for every text input of every mutation and for the
/// signature import: control characters other than line breaks and tabs (pasting accidents, or escape sequences
/// aimed at a terminal), Unicode's bidirectional controls (they show text in another order than it is stored, so
/// "exe.gnp" can read as "png.exe") and the zero-width characters that only hide things (U+200B, U+2060, U+FEFF).
/// The zero-width joiner and non-joiner (U+200D, U+200C) are kept: Indic and Arabic scripts, Persian and emoji
/// sequences need them to spell a name right.
/// </summary>
public static class ForbiddenCharacters
{
    /// <summary>The first character <paramref name="text"/> may not hold, with what kind it is; null when there is none.</summary>
    public static ForbiddenCharacter? Find(string? text)
    {
        foreach (var c in text ?? "")
        {
            if (KindOf(c) is { } kind)
            {
                return new ForbiddenCharacter(c, kind);
            }
        }
        return null;
    }

    private static string? KindOf(char c) => c switch
    {
        '\n' or '\r' or '\t' => null,
        _ when char.IsControl(c) => "control character",
        _ when Csv.TerminalText.IsBidiControl(c) => "bidirectional control",
        '\u200B' or '\u2060' or '\uFEFF' => "zero-width character",
        _ => null,
    };
}
