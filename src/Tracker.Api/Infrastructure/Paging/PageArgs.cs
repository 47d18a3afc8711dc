using System.Globalization;
using System.Text;

namespace Tracker.Api.Infrastructure.Paging;

/// <summary>
/// The Relay paging arguments of one connection field, checked. Cursors are opaque offsets into the sorted,
/// filtered list ("cursor:41" in base64), the same scheme HotChocolate uses by default: cheap, and stable as long
/// as the list does not change between pages.
/// </summary>
public sealed record PageArgs(int? First, string? After, int? Last, string? Before)
{
    /// <summary>Index of the first item the page may start at (just after <see cref="After"/>).</summary>
    public int Start { get; private init; }

    /// <summary>Index the page must end before (<see cref="Before"/>), or null when open-ended.</summary>
    public int? End { get; private init; }

    /// <summary>Validates the arguments: sizes non-negative and within the maximum, cursors readable.</summary>
    public static PageArgs Create(int? first, string? after, int? last, string? before, int maxPageSize)
    {
        CheckSize(first, "first", maxPageSize);
        CheckSize(last, "last", maxPageSize);
        var start = after is null ? 0 : DecodeCursor(after, "after") + 1;
        int? end = before is null ? null : DecodeCursor(before, "before");
        return new PageArgs(first, after, last, before) { Start = start, End = end };
    }

    public static string EncodeCursor(int index) => Convert.ToBase64String(Encoding.UTF8.GetBytes("cursor:" + index.ToString(CultureInfo.InvariantCulture)));

    private static void CheckSize(int? size, string argument, int maxPageSize)
    {
        if (size < 0)
        {
            throw UserInputError.Create($"\"{argument}\" must not be negative; it was {size}.", argument);
        }
        if (size > maxPageSize)
        {
            throw UserInputError.Create($"\"{argument}\" may be at most {maxPageSize}; it was {size}.", argument);
        }
    }

    private static int DecodeCursor(string cursor, string argument)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("cursor:", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                return index;
            }
        }
        catch (FormatException)
        {
        }
        throw UserInputError.Create($"\"{argument}\" is not a cursor this server handed out: \"{cursor}\".", argument);
    }
}
