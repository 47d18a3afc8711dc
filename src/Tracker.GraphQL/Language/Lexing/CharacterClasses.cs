namespace Tracker.GraphQL.Language;

/// <summary>
/// ASCII character classes of the lexical grammar (spec §2.1), as lookup tables: one load per character
/// instead of a chain of range comparisons on the lexer's hottest loops.
/// </summary>
internal static class CharacterClasses
{
    public const byte NameStart = 1;
    public const byte NameContinue = 2;
    public const byte Digit = 4;

    /// <summary>Ignored tokens below U+0080 (spec §2.1.2-§2.1.5 and §2.1.8): tab, line feed, carriage return, space, comma.</summary>
    public const byte Ignored = 8;

    /// <summary>Classes of U+0000..U+007F.</summary>
    public static ReadOnlySpan<byte> Ascii =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 8, 0, 0, 8, 0, 0, // \t \n \r
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0, // space ,
        6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 0, 0, 0, 0, 0, 0, // 0-9
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, // A-O
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 3, // P-Z _
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, // a-o
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, // p-z
    ];

    /// <summary>The token kind of each one-character punctuator below U+0080, StartOfFile (0) for none.</summary>
    public static ReadOnlySpan<byte> Punctuators =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, (byte)TokenKind.Bang, 0, 0, (byte)TokenKind.Dollar, 0, (byte)TokenKind.Amp, 0,
        (byte)TokenKind.ParenL, (byte)TokenKind.ParenR, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte)TokenKind.Colon, 0, 0, (byte)TokenKind.Equals, 0, 0,
        (byte)TokenKind.At, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte)TokenKind.BracketL, 0, (byte)TokenKind.BracketR, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte)TokenKind.BraceL, (byte)TokenKind.Pipe, (byte)TokenKind.BraceR, 0, 0,
    ];

    public static bool IsDigit(int c) => (uint)(c - '0') <= 9;

    public static bool IsNameStart(int c) => (uint)c < 128 && (Ascii[c] & NameStart) != 0;

    /// <summary>WhiteSpace (spec §2.1.2) as block strings measure indentation: tab and space only.</summary>
    public static bool IsWhiteSpace(int c) => c is '\t' or ' ';

    /// <summary>A UTF-16 code unit that is a Unicode scalar value on its own (not a surrogate).</summary>
    public static bool IsScalarCodeUnit(int c) => (uint)(c - 0xD800) > 0x7FF;

    public static bool IsUnicodeScalarValue(int code) => code is >= 0 and <= 0xD7FF or >= 0xE000 and <= 0x10FFFF;
}
