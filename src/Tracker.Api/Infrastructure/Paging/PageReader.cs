namespace Tracker.Api.Infrastructure.Paging;

/// <summary>Reads one keyset page of a sorted, filtered list, in the order the query asks.</summary>
public delegate Task<IReadOnlyList<KeyedRow<T>>> PageReader<T>(PageQuery query, CancellationToken cancellationToken);
