namespace Tracker.Api.Infrastructure.Paging;

/// <summary>
/// A Relay connection whose parts are read only when the query selects them: the page's items when
/// <c>edges</c>, <c>nodes</c> or <c>pageInfo</c> is asked for, the count only for <c>totalCount</c> (or when
/// paging backwards from the end needs it). Each part runs at most once, whatever the selection.
/// Awaits here deliberately keep the executor's context (no ConfigureAwait(false)): the executor dispatches
/// DataLoader batches when its own queue is idle, and work continuing on the thread pool would look idle to it,
/// splitting one batch into several.
/// </summary>
public sealed class Connection<T>
{
    private readonly PageArgs _args;
    private readonly int _defaultPageSize;
    private readonly SliceReader<T> _slice;
    private readonly Lazy<Task<int>> _count;
    private readonly Lazy<Task<Page>> _page;

    public Connection(PageArgs args, int defaultPageSize, SliceReader<T> slice, CountReader count, CancellationToken cancellationToken)
    {
        _args = args;
        _defaultPageSize = defaultPageSize;
        _slice = slice;
        _count = new Lazy<Task<int>>(() => count(cancellationToken));
        _page = new Lazy<Task<Page>>(() => ReadPageAsync(cancellationToken));
    }

    public Task<int> TotalCount => _count.Value;

    public Task<IReadOnlyList<Edge<T>>> Edges => ReadEdgesAsync();

    public Task<IReadOnlyList<T>> Nodes => ReadNodesAsync();

    public Task<PageInfo> PageInfo => ReadPageInfoAsync();

    private async Task<IReadOnlyList<Edge<T>>> ReadEdgesAsync() => (await _page.Value).Edges;

    private async Task<IReadOnlyList<T>> ReadNodesAsync() => (await _page.Value).Edges.Select(e => e.Node).ToList();

    private async Task<PageInfo> ReadPageInfoAsync() => (await _page.Value).Info;

    private sealed record Page(IReadOnlyList<Edge<T>> Edges, PageInfo Info);

    private async Task<Page> ReadPageAsync(CancellationToken cancellationToken)
    {
        var start = _args.Start;
        var end = _args.End;
        if (_args.First is null && _args.Last is not null)
        {
            // Paging back from the end: the end is the "before" cursor or the end of the list.
            end ??= await _count.Value;
            var from = Math.Max(start, end.Value - _args.Last.Value);
            var items = from < end ? await _slice(from, end.Value - from, cancellationToken) : [];
            return Build(items, from, hasNext: _args.Before is not null, hasPrevious: from > 0);
        }
        var size = _args.First ?? _defaultPageSize;
        var limit = end is null ? size : Math.Clamp(end.Value - start, 0, size);
        // One extra item tells whether a next page exists without counting.
        var fetched = limit > 0 || end is null ? await _slice(start, limit + 1, cancellationToken) : [];
        var hasNext = fetched.Count > limit || (end is not null && _args.Before is not null && start + limit >= end);
        var page = fetched.Count > limit ? fetched.Take(limit).ToList() : fetched;
        var offset = start;
        if (_args.Last is { } last && page.Count > last)
        {
            offset += page.Count - last;
            page = page.Skip(page.Count - last).ToList();
        }
        return Build(page, offset, hasNext, hasPrevious: offset > 0);
    }

    private static Page Build(IReadOnlyList<T> items, int offset, bool hasNext, bool hasPrevious)
    {
        var edges = new Edge<T>[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            edges[i] = new Edge<T>(PageArgs.EncodeCursor(offset + i), items[i]);
        }
        var info = new PageInfo(hasNext, hasPrevious, edges.Length > 0 ? edges[0].Cursor : null, edges.Length > 0 ? edges[^1].Cursor : null);
        return new Page(edges, info);
    }
}
