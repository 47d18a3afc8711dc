namespace Tracker.GraphQL.Language;

// IntValue and FloatValue (spec §2.9.1, §2.9.2): no leading zeros, digits after "." and after an exponent,
// and no name start or "." right after the number.
internal sealed partial class Lexer
{
    private Token ReadNumber(int start)
    {
        var position = start;
        var code = CharAt(position);
        var isFloat = false;
        if (code == '-')
        {
            code = CharAt(++position);
        }
        if (code == '0')
        {
            code = CharAt(++position);
            if (CharacterClasses.IsDigit(code))
            {
                throw UnexpectedDigitAfterZero(position);
            }
        }
        else
        {
            position = ReadDigits(position);
            code = CharAt(position);
        }
        if (code == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
            code = CharAt(position);
        }
        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code is '+' or '-')
            {
                ++position;
            }
            position = ReadDigits(position);
            code = CharAt(position);
        }
        if (code == '.' || CharacterClasses.IsNameStart(code))
        {
            throw ExpectedDigit(position);
        }
        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    /// <summary>Reads one or more digits starting at <paramref name="start"/>; returns the position after them.</summary>
    private int ReadDigits(int start)
    {
        if (!CharacterClasses.IsDigit(CharAt(start)))
        {
            throw ExpectedDigit(start);
        }
        var position = start + 1;
        while (CharacterClasses.IsDigit(CharAt(position)))
        {
            position++;
        }
        return position;
    }
}
