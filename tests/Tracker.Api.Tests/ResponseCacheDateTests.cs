using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tracker.Data.Versioning;

namespace Tracker.Api.Tests;

/// <summary>
/// Statuses, <c>asOf</c> defaults and timelines read today's date, so an answer can change at midnight without any
/// write: the date is part of the cache's version, and yesterday's answer is not served today.
/// </summary>
public sealed class ResponseCacheDateTests : IDisposable
{
    // A day on which no seeded event begins to count, so the daily refresh has nothing to write at midnight.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly TrackerApiFactory _server;

    public ResponseCacheDateTests() => _server = new TrackerApiFactory { TestServices = services => services.AddSingleton<TimeProvider>(_clock) };

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task An_answer_cached_yesterday_is_computed_again_today_though_nothing_was_written()
    {
        const string letter = "mirac-dayton-2011-05-20";
        await ResponseCacheTests.CountAsync(_server, letter);
        var cached = await ResponseCacheTests.CountAsync(_server, letter);
        var data = _server.Services.GetRequiredService<DataVersion>();
        var before = data.Current();

        _clock.Advance(TimeSpan.FromDays(1));
        var tomorrow = await ResponseCacheTests.CountAsync(_server, letter);

        Assert.Equal("HIT", cached.Cache);
        Assert.Equal(before, data.Current());
        Assert.Equal("MISS", tomorrow.Cache);
    }
}
