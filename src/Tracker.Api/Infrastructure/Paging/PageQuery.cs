namespace Tracker.Api.Infrastructure.Paging;

/// <summary>
/// One keyset read: in the sort order or, <see cref="Backward"/>, the opposite one; the rows beyond
/// <see cref="From"/> (and that row itself, if it still exists, so the reader can tell there is something on its
/// other side) and short of <see cref="To"/>; at most <see cref="Take"/> of them. No offset: the database seeks to
/// the cursor's row through the sort's index, so a page deep in the list costs what the first one does.
/// </summary>
public sealed record PageQuery(bool Backward, object?[]? From, object?[]? To, int Take)
{
    /// <summary>Identifies the read, so parents asking for the same page share one DataLoader batch.</summary>
    public string Key => System.Text.Json.JsonSerializer.Serialize(new object?[] { Backward, From, To, Take });
}
