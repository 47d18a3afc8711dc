using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;
using Tracker.Api.Infrastructure.Loading;
using Tracker.Api.Telemetry;
using Tracker.Data.Versioning;

namespace Tracker.Api.Tests;

/// <summary>
/// The memo of compiled loads (issue 13, item 2): a statement's rows for a key are read once per data version and
/// day, a key with no rows is remembered as such, and nothing is served once the version or the day has moved, or
/// while the version cannot be known. <see cref="PostgresDataVersion"/> stands in for the version: its LISTEN is
/// "connected" by <see cref="PostgresDataVersion.Listening"/>, lost by <see cref="PostgresDataVersion.Deaf"/>.
/// </summary>
public sealed class LoadMemoTests
{
    private readonly PostgresDataVersion _version = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 6, 23, 0, 0, TimeSpan.Zero));
    private readonly List<int[]> _reads = [];
    private readonly IMeterFactory _meters = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();
    private readonly Dictionary<int, string[]> _table = new()
    {
        [1] = ["a", "b"],
        [2] = ["c"],
        [3] = [],
    };

    public LoadMemoTests() => _version.Listening();

    [Fact]
    public async Task Rows_read_once_are_served_again_at_the_same_version_and_only_missing_keys_are_read()
    {
        var memo = Memo();

        var first = await Rows(memo, 1, 3);
        var again = await Rows(memo, 3, 1);
        var more = await Rows(memo, 2, 1);

        Assert.Equal(["1:a", "1:b"], first);
        Assert.Equal(["1:a", "1:b"], again);
        Assert.Equal(["1:a", "1:b", "2:c"], more.Order());
        // Key 3 has no rows and was not read again; only key 2 was new in the third batch.
        Assert.Equal([[1, 3], [2]], _reads);
    }

    [Fact]
    public async Task A_moved_version_reads_again_and_serves_the_new_rows()
    {
        var memo = Memo();
        await Rows(memo, 1);

        _table[1] = ["changed"];
        _version.Advance();
        var after = await Rows(memo, 1);

        Assert.Equal(["1:changed"], after);
        Assert.Equal([[1], [1]], _reads);
    }

    [Fact]
    public async Task A_new_day_reads_again()
    {
        var memo = Memo();
        await Rows(memo, 2);

        _clock.Advance(TimeSpan.FromHours(1));
        await Rows(memo, 2);

        Assert.Equal([[2], [2]], _reads);
    }

    [Fact]
    public async Task Nothing_is_kept_or_served_while_the_version_is_unknown_or_when_the_memo_is_off()
    {
        var memo = Memo();
        await Rows(memo, 1);
        _version.Deaf();
        await Rows(memo, 1);
        await Rows(memo, 1);
        _version.Listening();
        await Rows(memo, 1);
        await Rows(memo, 1);
        var off = Memo(maxBytes: 0);
        await Rows(off, 2);
        await Rows(off, 2);

        // Read before the LISTEN was lost, twice while it was, once after (the version moved as it came back).
        Assert.Equal([[1], [1], [1], [1], [2], [2]], _reads);
    }

    [Fact]
    public async Task A_write_during_a_read_leaves_nothing_served_after_it()
    {
        var memo = Memo();
        // The version is taken before the read; the write commits while the statement runs, and moves it.
        await memo.RowsAsync("test", [1], Key, (keys, _) =>
        {
            _reads.Add([.. keys]);
            var rows = keys.SelectMany(k => _table[k].Select(v => $"{k}:{v}")).ToList();
            _table[1] = ["written"];
            _version.Advance();
            return Task.FromResult(rows);
        }, CancellationToken.None);

        var after = await Rows(memo, 1);

        Assert.Equal(["1:written"], after);
        Assert.Equal(2, _reads.Count);
    }

    [Fact]
    public async Task Past_its_bound_the_memo_starts_again_and_keeps_what_fits()
    {
        // Each key here costs a few hundred bytes by the estimate: room for about two.
        var memo = Memo(maxBytes: 600);
        _table[4] = [new string('x', 200)];

        await Rows(memo, 1);
        await Rows(memo, 2);
        await Rows(memo, 4);
        await Rows(memo, 4);
        await Rows(memo, 1);
        await Rows(memo, 2);
        _table[5] = [new string('y', 400)];
        await Rows(memo, 5);
        await Rows(memo, 5);
        await Rows(memo, 1, 2);

        // Key 4 did not fit beside 1 and 2: the memo started again with it alone, so it was served the second time;
        // 1 in turn did not fit beside 4, so it started again with 1, and 2 fitted beside it. Key 5 is larger than
        // the whole bound: never kept, and 1 and 2 were not dropped for it.
        Assert.Equal([[1], [2], [4], [1], [2], [5], [5]], _reads);
        Assert.True(ModelBytes.Of(new string('x', 200)) >= 400);
    }

    [Fact]
    public async Task Different_statements_keep_their_own_rows_for_the_same_key()
    {
        var memo = Memo();

        var one = await memo.RowsAsync("one", [1], Key, (keys, _) => Task.FromResult(new List<string> { "1:from one" }), CancellationToken.None);
        var two = await memo.RowsAsync("two", [1], Key, (keys, _) => Task.FromResult(new List<string> { "1:from two" }), CancellationToken.None);
        var oneAgain = await memo.RowsAsync("one", [1], Key, (keys, _) => Task.FromResult(new List<string> { "1:read again" }), CancellationToken.None);

        Assert.Equal(["1:from one"], one);
        Assert.Equal(["1:from two"], two);
        Assert.Equal(["1:from one"], oneAgain);
    }

    [Fact]
    public async Task Lookups_are_counted_as_hits_and_misses_and_the_bytes_kept_are_observed()
    {
        var memo = Memo();
        using var lookups = new MetricCollector<long>(_meters, WriteLockMetrics.MeterName, LoadMemoMetrics.LookupsMetric);
        using var bytes = new MetricCollector<long>(_meters, WriteLockMetrics.MeterName, LoadMemoMetrics.BytesMetric);

        await Rows(memo, 1, 2);
        await Rows(memo, 1, 3);
        bytes.RecordObservableInstruments();

        long Sum(string result) => lookups.GetMeasurementSnapshot().Where(m => (string?)m.Tags[LoadMemoMetrics.ResultTag] == result).Sum(m => m.Value);
        Assert.Equal(1, Sum("hit"));
        Assert.Equal(3, Sum("miss"));
        Assert.True(bytes.LastMeasurement?.Value > 0, "no bytes observed");
    }

    [Fact]
    public async Task A_lookup_without_a_batch_serves_kept_rows_and_asks_the_version_once_per_request()
    {
        var version = new AskedVersion();
        var memo = new LoadMemo(version, _clock, new LoadMemoOptions(LoadMemoOptions.DefaultMaxBytes), new LoadMemoMetrics(_meters));
        await memo.RowsAsync("test", [1, 3], Key, (missing, _) => Task.FromResult(new List<string> { "1:a", "1:b" }), CancellationToken.None);
        version.Asked = 0;
        long seen = -1;

        Assert.True(memo.TryKept<int, string>(ref seen, "test", 1, out var one));
        Assert.True(memo.TryKept<int, string>(ref seen, "test", 3, out var none));
        Assert.False(memo.TryKept<int, string>(ref seen, "test", 2, out _));
        Assert.False(memo.TryKept<int, string>(ref seen, "other", 1, out _));
        Assert.True(memo.TryKept<int, string>(ref seen, "test", 1, out _));

        Assert.Equal(["1:a", "1:b"], one);
        Assert.Empty(none);
        Assert.Equal(1, version.Asked);
    }

    [Fact]
    public async Task A_lookup_without_a_batch_sees_a_write_before_its_request_and_this_process_s_writes_at_once()
    {
        var version = new AskedVersion();
        var memo = new LoadMemo(version, _clock, new LoadMemoOptions(LoadMemoOptions.DefaultMaxBytes), new LoadMemoMetrics(_meters));
        Task<List<string>> Keep() => memo.RowsAsync("test", [1], Key, (missing, _) => Task.FromResult(new List<string> { "1:a" }), CancellationToken.None);
        await Keep();
        long running = -1;
        Assert.True(memo.TryKept<int, string>(ref running, "test", 1, out _));

        // Another process commits (seen only when the version is asked): the next request asks, and finds nothing kept.
        version.WriteElsewhere();
        long next = -1;
        Assert.False(memo.TryKept<int, string>(ref next, "test", 1, out _));
        await Keep();
        Assert.True(memo.TryKept<int, string>(ref next, "test", 1, out _));

        // This process commits: every request's next lookup asks again, whatever it saw.
        version.Advance();
        Assert.False(memo.TryKept<int, string>(ref next, "test", 1, out _));
        Assert.False(memo.TryKept<int, string>(ref running, "test", 1, out _));

        version.Unknown = true;
        await Keep();
        long blind = -1;
        Assert.False(memo.TryKept<int, string>(ref blind, "test", 1, out _));
    }

    [Fact]
    public async Task A_lookup_without_a_batch_finds_nothing_on_a_new_day()
    {
        var memo = Memo();
        await Rows(memo, 1);
        long seen = -1;
        Assert.True(memo.TryKept<int, string>(ref seen, "test", 1, out _));

        _clock.Advance(TimeSpan.FromHours(2));

        Assert.False(memo.TryKept<int, string>(ref seen, "test", 1, out _));
    }

    /// <summary>
    /// A version asked of the database as SQLite's is: another process's commit is learned only when
    /// <see cref="Current"/> is asked, and the asks are counted.
    /// </summary>
    private sealed class AskedVersion : DataVersion
    {
        private bool _pending;

        public int Asked { get; set; }

        public bool Unknown { get; set; }

        public void WriteElsewhere() => _pending = true;

        public override long? Current()
        {
            Asked++;
            if (_pending)
            {
                _pending = false;
                Advance();
            }
            return Unknown ? null : Value;
        }

        public override long? Known() => Unknown ? null : Value;
    }

    private LoadMemo Memo(long maxBytes = LoadMemoOptions.DefaultMaxBytes) => new(_version, _clock, new LoadMemoOptions(maxBytes), new LoadMemoMetrics(_meters));

    private static int Key(string row) => int.Parse(row[..row.IndexOf(':')]);

    private Task<List<string>> Rows(LoadMemo memo, params int[] keys) =>
        memo.RowsAsync("test", keys, Key, (missing, _) =>
        {
            _reads.Add([.. missing]);
            return Task.FromResult(missing.SelectMany(k => _table[k].Select(v => $"{k}:{v}")).ToList());
        }, CancellationToken.None);
}
