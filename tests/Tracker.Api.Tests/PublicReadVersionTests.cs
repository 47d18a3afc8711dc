using Microsoft.Extensions.Time.Testing;
using Tracker.Api.Caching;
using Tracker.Data.Versioning;

namespace Tracker.Api.Tests;

/// <summary>
/// The response cache's version of public reads: the data version and the UTC day, remembered as text between
/// askings, and still moving the moment either does. <see cref="PostgresDataVersion"/> stands in for the data version
/// (moved by <see cref="DataVersion.Advance"/>, unknown once its LISTEN is lost).
/// </summary>
public sealed class PublicReadVersionTests
{
    private readonly PostgresDataVersion _data = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 6, 23, 59, 59, TimeSpan.Zero));

    public PublicReadVersionTests() => _data.Listening();

    [Fact]
    public void The_version_is_the_data_version_and_the_day_and_moves_with_either()
    {
        var version = new PublicReadVersion(_data, _clock);
        var data = _data.Current();

        var first = version.Current();
        Assert.Equal(first, version.Current());

        _data.Advance();
        var afterWrite = version.Current();
        _clock.Advance(TimeSpan.FromSeconds(1));
        var nextDay = version.Current();

        Assert.Equal($"{data}/2026-12-06", first);
        Assert.Equal($"{data + 1}/2026-12-06", afterWrite);
        Assert.Equal($"{data + 1}/2026-12-07", nextDay);
    }

    [Fact]
    public void Nothing_is_a_version_while_the_data_version_cannot_be_known()
    {
        var version = new PublicReadVersion(_data, _clock);
        Assert.NotNull(version.Current());

        _data.Deaf();

        Assert.Null(version.Current());
    }
}
