namespace Tracker.Api.Infrastructure.Paging;

/// <summary>One item of a page and its cursor.</summary>
public sealed record Edge<T>(string Cursor, T Node);

/// <summary>Reads a slice of a sorted, filtered list: skip this many, take at most that many.</summary>
public delegate Task<IReadOnlyList<T>> SliceReader<T>(int skip, int take, CancellationToken cancellationToken);

/// <summary>Counts the whole sorted, filtered list.</summary>
public delegate Task<int> CountReader(CancellationToken cancellationToken);
