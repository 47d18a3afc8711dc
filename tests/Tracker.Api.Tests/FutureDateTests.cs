using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Tracker.Api.Tests;

/// <summary>A server whose clock the test sets (15 June 2020, noon UTC) and moves.</summary>
public sealed class ClockedMaintainerApi : MaintainerApi
{
    public ClockedMaintainerApi()
        : this(new FakeTimeProvider(new DateTimeOffset(2020, 6, 15, 12, 0, 0, TimeSpan.Zero)))
    {
    }

    private ClockedMaintainerApi(FakeTimeProvider clock)
        : base([], services => services.AddSingleton<TimeProvider>(clock)) => Clock = clock;

    public FakeTimeProvider Clock { get; }
}

/// <summary>
/// "Not in the future" is judged by the server's clock, not the test machine's: on a controlled clock, the day after
/// the server's today is refused, today is accepted, and the refused day is accepted once the clock reaches it.
/// </summary>
public sealed class FutureDateTests(ClockedMaintainerApi api) : IClassFixture<ClockedMaintainerApi>
{
    private static object Change(string effectiveOn, string description) => new
    {
        jurisdiction = "OK-tulsa-county", status = "WITHDREW", effectiveOn, datePrecision = "DAY", dateQualifier = "EXACT",
        description, sources = new[] { new { source = "mirac-blog", quote = (string?)null } },
    };

    [Fact]
    public async Task A_status_change_dated_after_the_servers_today_is_refused_until_that_day_comes()
    {
        var tomorrow = await api.RefusedAsync("recordStatusChange", "statusEvent { id }", Change("2020-06-16", "a day early"));
        var today = await api.MutateAsync("recordStatusChange", "statusEvent { effectiveOn }", Change("2020-06-15", "on the day"));
        api.Clock.Advance(TimeSpan.FromDays(1));
        var dayCame = await api.MutateAsync("recordStatusChange", "statusEvent { effectiveOn }", Change("2020-06-16", "the day came"));

        Assert.Equal("input.effectiveOn", string.Join('.', tomorrow.Single()!["field"]!.AsArray().Select(f => (string)f!)));
        Assert.Contains("(2020-06-16) is in the future", (string)tomorrow.Single()!["message"]!);
        Assert.Equal("2020-06-15", (string)today["statusEvent"]!["effectiveOn"]!);
        Assert.Equal("2020-06-16", (string)dayCame["statusEvent"]!["effectiveOn"]!);
    }

    [Fact]
    public async Task A_signature_dated_after_the_servers_today_is_refused()
    {
        var added = await api.SendAsync(api.Maintainer, "mutation { addSignatures(input: { letter: \"restoring-community-report\", signatures: [{ printedName: \"Clocked Group\", signedOn: \"2020-07-01\" }, { printedName: \"Clocked Group Two\", signedOn: \"2020-06-15\" }] }) { added rows { outcome message } } }");

        Assert.True(added["errors"] is null, added.ToJsonString());
        var rows = added["data"]!["addSignatures"]!["rows"]!.AsArray();
        Assert.Equal("INVALID", (string)rows[0]!["outcome"]!);
        Assert.Equal("The signing date 2020-07-01 is in the future.", (string)rows[0]!["message"]!);
        Assert.NotEqual("INVALID", (string)rows[1]!["outcome"]!);
    }
}
