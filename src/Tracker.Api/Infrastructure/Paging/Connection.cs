namespace Tracker.Api.Infrastructure.Paging;

/// <summary>
/// A Relay connection whose parts are read only when the query selects them: the page's items when
/// <c>edges</c>, <c>nodes</c> or <c>pageInfo</c> is asked for, the count only for <c>totalCount</c> (taken from the
/// page when it holds the whole list). Each part runs at most once, whatever the selection. Pages are keyset pages
/// (<see cref="PageQuery"/>), and the page and its <c>pageInfo</c> follow the Relay specification's algorithm: the
/// cursors bound the list, <c>first</c> takes from its start, then <c>last</c> from the end of that.
/// </summary>
public sealed class Connection<T>
{
    private readonly PageArgs _args;
    private readonly int _defaultPageSize;
    private readonly PageReader<T> _read;
    private readonly CursorCodec _cursors;
    private readonly Lazy<Task<int>> _count;
    private readonly Lazy<Task<Page>> _page;

    public Connection(PageArgs args, int defaultPageSize, CursorCodec cursors, PageReader<T> read, CountReader count, CancellationToken cancellationToken)
    {
        _args = args;
        _defaultPageSize = defaultPageSize;
        _cursors = cursors;
        _read = read;
        _count = new Lazy<Task<int>>(() => CountAsync(count, cancellationToken));
        _page = new Lazy<Task<Page>>(() => ReadPageAsync(cancellationToken));
    }

    public Task<int> TotalCount => _count.Value;

    public Task<IReadOnlyList<Edge<T>>> Edges => ReadEdgesAsync();

    public Task<IReadOnlyList<T>> Nodes => ReadNodesAsync();

    public Task<PageInfo> PageInfo => ReadPageInfoAsync();

    private async Task<IReadOnlyList<Edge<T>>> ReadEdgesAsync() => (await _page.Value).Edges;

    private async Task<IReadOnlyList<T>> ReadNodesAsync() => (await _page.Value).Edges.Select(e => e.Node).ToList();

    private async Task<PageInfo> ReadPageInfoAsync() => (await _page.Value).Info;

    /// <summary>A page, and the number of rows in the whole list when the read that made it saw all of them.</summary>
    private sealed record Page(IReadOnlyList<Edge<T>> Edges, PageInfo Info, int? WholeCount = null);

    /// <summary>
    /// The count, taken from the page when the page is read too and holds the whole list (no cursor, fewer rows than
    /// it asked for): a statement saved, and the count is then of the very rows listed. Otherwise counted in SQL.
    /// </summary>
    private async Task<int> CountAsync(CountReader count, CancellationToken cancellationToken)
    {
        // The executor runs resolvers like an event loop: the sibling fields' resolvers (nodes, edges, pageInfo)
        // run before this continuation, so after one turn it is known whether the page is asked for.
        await Task.Yield();
        if (_page.IsValueCreated && (await _page.Value).WholeCount is { } whole)
        {
            return whole;
        }
        return await count(cancellationToken);
    }

    private async Task<Page> ReadPageAsync(CancellationToken cancellationToken)
    {
        if (_args.First is null && _args.Last is { } last)
        {
            // From the end (or from "before") backwards: the opposite order, then turned round.
            var backward = new PageQuery(true, _args.Before, _args.After, last + 1);
            var (rows, beforeSeen) = await ReadAsync(backward, cancellationToken);
            var page = rows.Take(last).Reverse().ToList();
            // Relay: with last, hasPreviousPage says whether more than last rows lie within the cursors; hasNextPage
            // may be true when rows follow "before": known exactly when the cursor's row still exists.
            return Build(page, hasNext: beforeSeen, hasPrevious: rows.Count > last, WholeCount(backward, rows));
        }
        var first = _args.First ?? _defaultPageSize;
        // Enough rows to tell whether more than first (and, given both, more than last) lie within the cursors.
        var forward = new PageQuery(false, _args.After, _args.Before, Math.Max(first, _args.Last ?? 0) + 1);
        var (read, afterSeen) = await ReadAsync(forward, cancellationToken);
        var taken = read.Take(first).ToList();
        if (_args.Last is { } alsoLast)
        {
            return Build(taken.Skip(Math.Max(0, taken.Count - alsoLast)).ToList(), hasNext: read.Count > first, hasPrevious: read.Count > alsoLast, WholeCount(forward, read));
        }
        return Build(taken, hasNext: read.Count > first, hasPrevious: afterSeen, WholeCount(forward, read));
    }

    /// <summary>The number of rows in the whole list when <paramref name="query"/>, bounded by no cursor, read fewer rows than it asked for.</summary>
    private static int? WholeCount(PageQuery query, IReadOnlyList<KeyedRow<T>> rows) =>
        query.From is null && query.To is null && rows.Count < query.Take ? rows.Count : null;

    /// <summary>
    /// Reads one row more than asked when a start cursor is given: its own row, if still there, proves a row lies
    /// on the other side of it (it is dropped from the page).
    /// </summary>
    private async Task<(IReadOnlyList<KeyedRow<T>> Rows, bool FromSeen)> ReadAsync(PageQuery query, CancellationToken cancellationToken)
    {
        if (query.From is not { } from)
        {
            return (await _read(query, cancellationToken), false);
        }
        var rows = await _read(query with { Take = query.Take + 1 }, cancellationToken);
        if (rows.Count > 0 && rows[0].Keys.SequenceEqual(from))
        {
            return (rows.Skip(1).ToList(), true);
        }
        return (rows.Take(query.Take).ToList(), false);
    }

    private Page Build(IReadOnlyList<KeyedRow<T>> rows, bool hasNext, bool hasPrevious, int? wholeCount)
    {
        var edges = rows.Select(row => new Edge<T>(_cursors.Encode(row.Keys), row.Node)).ToList();
        var info = new PageInfo(hasNext, hasPrevious, edges.Count > 0 ? edges[0].Cursor : null, edges.Count > 0 ? edges[^1].Cursor : null);
        return new Page(edges, info, wholeCount);
    }
}
