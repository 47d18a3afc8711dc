using System.Globalization;
using System.Runtime.CompilerServices;

namespace Tracker.GraphQL.Language;

// The lexer's error messages, worded as graphql-js words them and built out of line, so the hot scanning
// methods keep small frames (see DocumentParser.Errors.cs).
internal sealed partial class Lexer
{
    private GraphQLError Error(int position, string description) => GraphQLError.Syntax(Source, position, description);

    /// <summary>A "." that does not start "...": graphql-js names the likely mistake.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLError UnexpectedDot(int position)
    {
        var next = CharAt(position + 1);
        if (next == '.')
        {
            return Error(position, "Unexpected \"..\", did you mean \"...\"?");
        }
        if (CharacterClasses.IsDigit(next))
        {
            var digitsEnd = ReadDigits(position + 1);
            return Error(position, $"Invalid number, expected digit before \".\", did you mean \"0{_body[position..digitsEnd]}\"?");
        }
        return UnexpectedCharacter(position);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLError UnexpectedCharacter(int position)
    {
        var c = _body[position];
        return Error(position, c == '\''
            ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
            : CharacterClasses.IsScalarCodeUnit(c) || IsSupplementaryCodePoint(position)
                ? $"Unexpected character: {PrintCodePointAt(position)}."
                : $"Invalid character: {PrintCodePointAt(position)}.");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLError UnexpectedDigitAfterZero(int position) =>
        Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLError ExpectedDigit(int position) => Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLError InvalidCharacterInString(int position) =>
        Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLError UnterminatedString(int position) => Error(position, "Unterminated string.");

    /// <summary>The escape as written, <paramref name="length"/> characters from its backslash (fewer at the end).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLError InvalidUnicodeEscape(int position, int length) =>
        Error(position, $"Invalid Unicode escape sequence: \"{_body[position..Math.Min(position + length, _body.Length)]}\".");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLError InvalidCharacterEscape(int position) =>
        Error(position, $"Invalid character escape sequence: \"{_body[position..Math.Min(position + 2, _body.Length)]}\".");

    /// <summary>How graphql-js shows a character in a message: "a", '"', U+0007, U+1F600 or &lt;EOF&gt;.</summary>
    private string PrintCodePointAt(int position)
    {
        if (position >= _body.Length)
        {
            return "<EOF>";
        }
        var code = IsSupplementaryCodePoint(position) ? char.ConvertToUtf32(_body[position], _body[position + 1]) : _body[position];
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }
        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }
}
