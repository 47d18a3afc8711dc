using System.Buffers;
using System.Text.Encodings.Web;

namespace Tracker.GraphQL.Execution;

/// <summary>
/// Escapes strings exactly as JavaScript's <c>JSON.stringify</c> does, so responses match graphql-js byte for
/// byte: only <c>"</c>, <c>\</c>, control characters (as <c>\n</c>, <c>\t</c>... or lower-case <c>\u00XX</c>) and
/// lone surrogates (as <c>\udXXX</c>) are escaped. Everything else, non-ASCII text, emoji and HTML-sensitive
/// characters included, is written as it is. (The framework's relaxed encoder still escapes emoji, non-breaking
/// spaces and unassigned code points, and replaces lone surrogates with U+FFFD.)
/// The output is meant for JSON responses, never for embedding into HTML or script.
/// </summary>
internal sealed class JsonStringifyEncoder : JavaScriptEncoder
{
    public static JsonStringifyEncoder Instance { get; } = new();

    private static readonly SearchValues<char> CharsToInspect = SearchValues.Create(CreateCharsToInspect());

    private static readonly SearchValues<byte> BytesToEscape = SearchValues.Create(CreateBytesToEscape());

    private JsonStringifyEncoder()
    {
    }

    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override bool WillEncode(int unicodeScalar) => unicodeScalar < 0x20 || unicodeScalar is '"' or '\\';

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength) =>
        FindFirstToEscape(new ReadOnlySpan<char>(text, textLength));

    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text) => utf8Text.IndexOfAny(BytesToEscape);

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var destination = new Span<char>(buffer, bufferLength);
        if (WillEncode(unicodeScalar))
        {
            return TryEscape((char)unicodeScalar, destination, out numberOfCharactersWritten);
        }
        numberOfCharactersWritten = 0;
        return new System.Text.Rune(unicodeScalar).TryEncodeToUtf16(destination, out numberOfCharactersWritten);
    }

    public override OperationStatus Encode(ReadOnlySpan<char> source, Span<char> destination, out int charsConsumed, out int charsWritten, bool isFinalBlock = true)
    {
        charsConsumed = 0;
        charsWritten = 0;
        while (charsConsumed < source.Length)
        {
            var remaining = source[charsConsumed..];
            var plain = FindFirstToEscape(remaining);
            if (plain < 0)
            {
                plain = remaining.Length;
            }
            else if (plain == remaining.Length - 1 && char.IsHighSurrogate(remaining[plain]) && !isFinalBlock)
            {
                // The low half may come in the next block.
                if (!remaining[..plain].TryCopyTo(destination[charsWritten..]))
                {
                    return OperationStatus.DestinationTooSmall;
                }
                charsConsumed += plain;
                charsWritten += plain;
                return OperationStatus.NeedMoreData;
            }
            if (!remaining[..plain].TryCopyTo(destination[charsWritten..]))
            {
                return CopyWhatFits(remaining[..plain], destination, ref charsConsumed, ref charsWritten);
            }
            charsConsumed += plain;
            charsWritten += plain;
            if (plain == remaining.Length)
            {
                break;
            }
            if (!TryEscape(remaining[plain], destination[charsWritten..], out var written))
            {
                return OperationStatus.DestinationTooSmall;
            }
            charsConsumed++;
            charsWritten += written;
        }
        return OperationStatus.Done;
    }

    public override OperationStatus EncodeUtf8(ReadOnlySpan<byte> utf8Source, Span<byte> utf8Destination, out int bytesConsumed, out int bytesWritten, bool isFinalBlock = true)
    {
        bytesConsumed = 0;
        bytesWritten = 0;
        Span<char> escape = stackalloc char[6];
        while (bytesConsumed < utf8Source.Length)
        {
            var remaining = utf8Source[bytesConsumed..];
            var plain = remaining.IndexOfAny(BytesToEscape);
            if (plain < 0)
            {
                plain = remaining.Length;
            }
            var fits = Math.Min(plain, utf8Destination.Length - bytesWritten);
            remaining[..fits].CopyTo(utf8Destination[bytesWritten..]);
            bytesConsumed += fits;
            bytesWritten += fits;
            if (fits < plain)
            {
                return OperationStatus.DestinationTooSmall;
            }
            if (plain == remaining.Length)
            {
                break;
            }
            TryEscape((char)remaining[plain], escape, out var length);
            if (utf8Destination.Length - bytesWritten < length)
            {
                return OperationStatus.DestinationTooSmall;
            }
            for (var i = 0; i < length; i++)
            {
                utf8Destination[bytesWritten++] = (byte)escape[i];
            }
            bytesConsumed++;
        }
        return OperationStatus.Done;
    }

    /// <summary>The index of the first character JSON.stringify escapes; a surrogate pair is not one.</summary>
    private static int FindFirstToEscape(ReadOnlySpan<char> text)
    {
        var offset = 0;
        while (true)
        {
            var index = text[offset..].IndexOfAny(CharsToInspect);
            if (index < 0)
            {
                return -1;
            }
            index += offset;
            var c = text[index];
            if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                offset = index + 2;
                continue;
            }
            return index;
        }
    }

    private static OperationStatus CopyWhatFits(ReadOnlySpan<char> plain, Span<char> destination, ref int charsConsumed, ref int charsWritten)
    {
        var fits = destination.Length - charsWritten;
        // Never split a surrogate pair across two writes.
        if (fits > 0 && char.IsHighSurrogate(plain[fits - 1]))
        {
            fits--;
        }
        plain[..fits].CopyTo(destination[charsWritten..]);
        charsConsumed += fits;
        charsWritten += fits;
        return OperationStatus.DestinationTooSmall;
    }

    private static bool TryEscape(char c, Span<char> destination, out int written)
    {
        var shortForm = c switch
        {
            '"' => '"',
            '\\' => '\\',
            '\b' => 'b',
            '\f' => 'f',
            '\n' => 'n',
            '\r' => 'r',
            '\t' => 't',
            _ => '\0',
        };
        if (shortForm != '\0')
        {
            written = 2;
            if (destination.Length < 2)
            {
                return false;
            }
            destination[0] = '\\';
            destination[1] = shortForm;
            return true;
        }
        written = 6;
        if (destination.Length < 6)
        {
            return false;
        }
        destination[0] = '\\';
        destination[1] = 'u';
        const string Hex = "0123456789abcdef";
        destination[2] = Hex[(c >> 12) & 0xF];
        destination[3] = Hex[(c >> 8) & 0xF];
        destination[4] = Hex[(c >> 4) & 0xF];
        destination[5] = Hex[c & 0xF];
        return true;
    }

    private static char[] CreateCharsToInspect()
    {
        var chars = new List<char> { '"', '\\' };
        for (var c = 0; c < 0x20; c++)
        {
            chars.Add((char)c);
        }
        for (var c = 0xD800; c <= 0xDFFF; c++)
        {
            chars.Add((char)c);
        }
        return [.. chars];
    }

    private static byte[] CreateBytesToEscape()
    {
        var bytes = new List<byte> { (byte)'"', (byte)'\\' };
        for (var b = 0; b < 0x20; b++)
        {
            bytes.Add((byte)b);
        }
        return [.. bytes];
    }
}
