namespace Tracker.Api.Infrastructure.Paging;

/// <summary>Counts the whole sorted, filtered list.</summary>
public delegate Task<int> CountReader(CancellationToken cancellationToken);
