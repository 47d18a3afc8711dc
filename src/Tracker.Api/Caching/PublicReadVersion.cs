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
    public string? Current() =>
        data.Current() is { } version
            ? version.ToString(CultureInfo.InvariantCulture) + "/" + clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
}
