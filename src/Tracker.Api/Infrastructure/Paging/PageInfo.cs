namespace Tracker.Api.Infrastructure.Paging;

/// <summary>The page's position in the whole list.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
