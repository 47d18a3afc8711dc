using System.Globalization;
using Tracker.Data.Versioning;
using Tracker.GraphQL.Server.Caching;

namespace Tracker.Api.Caching;

/// <summary>
/// What public reads depend on besides the request: the data (its <see cref="DataVersion"/>, moved by every committed
/// write of any process) and today's UTC date, which statuses, <c>asOf</c> defaults and timelines read: the current
/// status can change at midnight before the daily refresh writes anything, so the date is part of the version and
/// an answer from yesterday is never served today.
/// </summary>
public sealed class PublicReadVersion(DataVersion data, TimeProvider clock) : IResponseVersion
{
    /// <summary>The text of the last version and day asked: every public read asks, and both rarely change.</summary>
    private Stamp? _last;

    private sealed record Stamp(long Version, DateOnly Day, string Text);

    public string? Current()
    {
        if (data.Current() is not { } version)
        {
            return null;
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var last = Volatile.Read(ref _last);
        if (last is null || last.Version != version || last.Day != today)
        {
            last = new Stamp(version, today, version.ToString(CultureInfo.InvariantCulture) + "/" + today.ToString("O", CultureInfo.InvariantCulture));
            Volatile.Write(ref _last, last);
        }
        return last.Text;
    }
}
