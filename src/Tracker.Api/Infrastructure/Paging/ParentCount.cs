namespace Tracker.Api.Infrastructure.Paging;

/// <summary>The number of a parent's children in a nested connection, as one row of a statement grouped by parent.</summary>
public sealed record ParentCount(int Parent, int Count);
