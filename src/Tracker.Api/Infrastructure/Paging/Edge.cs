namespace Tracker.Api.Infrastructure.Paging;

/// <summary>One item of a page and its cursor.</summary>
public sealed record Edge<T>(string Cursor, T Node);
