using Microsoft.EntityFrameworkCore;

namespace Tracker.Api.Tests;

/// <summary>Recording, correcting and retracting status events, with their errors, conflicts and audit entries.</summary>
public sealed class StatusMutationTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    private const string EventSelection = "statusEvent { id version status effectiveOn retracted retractionReason } jurisdiction { code status version }";

    private static object Change(string jurisdiction, string status, string date, string source = "mirac-blog") => new
    {
        jurisdiction, status, effectiveOn = date, description = $"{status} on {date}", sources = new[] { new { source, quote = (string?)null } },
    };

    private async Task<string> StatusOfAsync(string code) =>
        (string)(await api.SendAsync(null, $"{{ jurisdiction(code: \"{code}\") {{ status }} }}"))["data"]!["jurisdiction"]!["status"]!;

    [Fact]
    public async Task Current_status_follows_the_latest_effective_date_not_the_order_of_entry()
    {
        await api.MutateAsync("recordStatusChange", EventSelection, Change("OH", "WITHDREW", "2012-05-01"));
        var earlier = await api.MutateAsync("recordStatusChange", EventSelection, Change("OH", "PARTICIPATING", "2010-03-01"));

        Assert.Equal("WITHDREW", (string)earlier["jurisdiction"]!["status"]!);
        Assert.Equal("WITHDREW", await StatusOfAsync("OH"));
    }

    [Fact]
    public async Task Retracted_events_stay_in_the_history_and_the_status_falls_back()
    {
        await api.MutateAsync("recordStatusChange", EventSelection, Change("OR", "PARTICIPATING", "2010-01-01"));
        var mistaken = await api.MutateAsync("recordStatusChange", EventSelection, Change("OR", "LIMITED_BY_LAW", "2013-01-01"));
        var id = (string)mistaken["statusEvent"]!["id"]!;

        var retracted = await api.MutateAsync("retractStatusEvent", EventSelection, new { id, version = 1, reason = "Entered for the wrong state." });
        var history = await api.SendAsync(null, "{ jurisdiction(code: \"OR\") { status statusEvents { nodes { status retracted retractionReason } } } }");

        Assert.True((bool)retracted["statusEvent"]!["retracted"]!);
        Assert.Equal("PARTICIPATING", (string)retracted["jurisdiction"]!["status"]!);
        var events = history["data"]!["jurisdiction"]!["statusEvents"]!["nodes"]!.AsArray();
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => (bool)e!["retracted"]! && (string)e["retractionReason"]! == "Entered for the wrong state.");
        var again = await api.RefusedAsync("retractStatusEvent", "statusEvent { id }", new { id, version = 2, reason = "twice" });
        Assert.Equal("This event is already retracted.", (string)again[0]!["message"]!);
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_and_changes_nothing()
    {
        var audits = await api.AuditCountAsync();

        var errors = await api.RefusedAsync("recordStatusChange", "statusEvent { id }", new
        {
            jurisdiction = "ZZ", status = "WITHDREW", effectiveOn = "2099-01-01", description = " ", legislation = "no-such-bill",
            sources = new[] { new { source = "no-such-source", quote = (string?)null } },
        });

        var messages = errors.Select(e => ((string)e!["__typename"]!, string.Join('.', e["field"]!.AsArray().Select(f => (string)f!)))).ToList();
        Assert.Contains(("NotFoundError", "input.jurisdiction"), messages);
        Assert.Contains(("NotFoundError", "input.legislation"), messages);
        Assert.Contains(("ValidationError", "input.effectiveOn"), messages);
        Assert.Contains(("ValidationError", "input.description"), messages);
        Assert.Contains(("NotFoundError", "input.sources.0.source"), messages);
        Assert.Equal(audits, await api.AuditCountAsync());
    }

    [Fact]
    public async Task A_status_change_needs_a_source()
    {
        var errors = await api.RefusedAsync("recordStatusChange", "statusEvent { id }", new { jurisdiction = "UT", status = "WITHDREW", effectiveOn = "2011-01-01", description = "x", sources = Array.Empty<object>() });

        Assert.Equal("At least one source must be cited.", (string)errors[0]!["message"]!);
    }

    [Fact]
    public async Task Two_maintainers_correcting_the_same_event_the_stale_one_is_refused()
    {
        var recorded = await api.MutateAsync("recordStatusChange", EventSelection, Change("NV", "OPT_OUT_REQUESTED", "2011-02-01"));
        var id = (string)recorded["statusEvent"]!["id"]!;
        var readVersion = (int)recorded["statusEvent"]!["version"]!;

        var first = await api.MutateAsync("correctStatusEvent", EventSelection, new { id, version = readVersion, actor = "Gov. First" }, api.Maintainer);
        var second = await api.RefusedAsync("correctStatusEvent", "statusEvent { id }", new { id, version = readVersion, actor = "Gov. Second" }, api.OtherMaintainer);
        var actor = await api.WithDbAsync(db => db.StatusEvents.Where(e => e.Description == "OPT_OUT_REQUESTED on 2011-02-01").Select(e => e.Actor).SingleAsync());

        Assert.Equal(readVersion + 1, (int)first["statusEvent"]!["version"]!);
        Assert.Equal("ConflictError", (string)second[0]!["__typename"]!);
        Assert.Equal("CONFLICT", (string)second[0]!["code"]!);
        Assert.Equal(readVersion + 1, (int)second[0]!["currentVersion"]!);
        Assert.Equal("Gov. First", actor);
    }

    [Fact]
    public async Task Every_successful_mutation_is_audited_with_key_input_and_images()
    {
        var recorded = await api.MutateAsync("recordStatusChange", EventSelection, Change("ID", "REFUSED_TO_JOIN", "2011-04-01"));
        var id = (string)recorded["statusEvent"]!["id"]!;
        await api.MutateAsync("correctStatusEvent", EventSelection, new { id, version = 1, description = "Corrected." });

        var log = await api.SendAsync(api.Maintainer, "query ($id: ID!) { auditLog(where: { object: $id }) { totalCount nodes { keyName mutation input before after } } }", new { id });

        var entries = log["data"]!["auditLog"]!["nodes"]!.AsArray();
        Assert.Equal(2, (int)log["data"]!["auditLog"]!["totalCount"]!);
        Assert.Equal("correctStatusEvent", (string)entries[0]!["mutation"]!);
        Assert.Equal("maria", (string)entries[0]!["keyName"]!);
        Assert.Contains("Corrected.", (string)entries[0]!["input"]!);
        Assert.Contains("REFUSED_TO_JOIN on 2011-04-01", (string)entries[0]!["before"]!);
        Assert.Contains("Corrected.", (string)entries[0]!["after"]!);
        Assert.Null(entries[1]!["before"]);
        var byKeyAndTime = await api.SendAsync(api.Maintainer, "query ($from: DateTime!) { mine: auditLog(where: { keyName: \"maria\", from: $from }) { totalCount } future: auditLog(where: { from: \"2999-01-01T00:00:00Z\" }) { totalCount } other: auditLog(where: { keyName: \"nobody\" }) { totalCount } }",
            new { from = DateTimeOffset.UtcNow.AddHours(-1).ToString("O") });
        Assert.True((int)byKeyAndTime["data"]!["mine"]!["totalCount"]! >= 2);
        Assert.Equal(0, (int)byKeyAndTime["data"]!["future"]!["totalCount"]!);
        Assert.Equal(0, (int)byKeyAndTime["data"]!["other"]!["totalCount"]!);
    }
}
