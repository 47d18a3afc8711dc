namespace Tracker.Api.Infrastructure.Paging;

/// <summary>
/// The Relay paging arguments of one connection field, checked: sizes non-negative and within the maximum,
/// cursors decoded into the key values of the connection's sort order (see <see cref="CursorCodec"/>).
/// </summary>
public sealed record PageArgs(int? First, object?[]? After, int? Last, object?[]? Before)
{
    public static PageArgs Create(int? first, string? after, int? last, string? before, int maxPageSize, CursorCodec cursors)
    {
        CheckSize(first, "first", maxPageSize);
        CheckSize(last, "last", maxPageSize);
        return new PageArgs(first, after is null ? null : cursors.Decode(after, "after"), last, before is null ? null : cursors.Decode(before, "before"));
    }

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
}
