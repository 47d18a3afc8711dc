namespace Tracker.Api.Infrastructure.Paging;

/// <summary>A row of a page as read: the node, and its sort key values (the id last) to make its cursor from.</summary>
public sealed record KeyedRow<T>(T Node, object?[] Keys);
