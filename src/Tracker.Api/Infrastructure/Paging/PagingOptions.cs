namespace Tracker.Api.Infrastructure.Paging;

/// <summary>Page sizes: the default when a client gives none, and the largest allowed (the server's limit).</summary>
public sealed record PagingOptions(int DefaultPageSize, int MaxPageSize);
