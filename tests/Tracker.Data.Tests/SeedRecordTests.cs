using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tracker.Data.Entities;
using Tracker.Data.Seeding;

namespace Tracker.Data.Tests;

/// <summary>Loading the whole record (issue 11): the new files, and the links and fields the older files gained.</summary>
public sealed class SeedRecordTests : IClassFixture<SeededDatabase>
{
    private readonly SeededDatabase _seeded;

    public SeedRecordTests(SeededDatabase seeded) => _seeded = seeded;

    private static JsonArray Records(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(SeedLoader.DefaultFolder, file)))!.AsArray();

    [Fact]
    public async Task Every_record_of_the_new_files_is_loaded_with_its_citations_and_campaign_letters_are_events_only()
    {
        await using var db = await _seeded.Database.Factory.CreateDbContextAsync();

        Assert.Equal(Records("bodies.json").Count, await db.Bodies.CountAsync(b => b.Citations.Any()));
        Assert.Equal(Records("events.json").Count, await db.Events.CountAsync(e => e.Citations.Any()));
        Assert.Equal(Records("cases.json").Count, await db.DeportationCases.CountAsync(c => c.Citations.Any()));
        Assert.Equal(Records("statements.json").Count, await db.Statements.CountAsync(s => s.Citations.Any()));
        Assert.Equal(Records("statistics.json").Count, await db.Statistics.CountAsync(s => s.Citations.Any()));
        var campaigns = Records("letters.json").Where(l => (string)l!["kind"]! == "CAMPAIGN").Select(l => (string)l!["slug"]!).Order().ToList();
        Assert.Equal(5, campaigns.Count);
        Assert.Equal(Records("letters.json").Count - campaigns.Count, await db.Letters.CountAsync());
        Assert.Equal(campaigns, await db.Events.Where(e => e.LegacyLetterSlug != null).OrderBy(e => e.LegacyLetterSlug).Select(e => e.LegacyLetterSlug!).ToListAsync());
    }

    [Fact]
    public async Task Stages_carry_their_votes_and_actors_and_legislation_its_links()
    {
        await using var db = await _seeded.Database.Factory.CreateDbContextAsync();

        var la = await db.LegislationStages.Include(s => s.Actors).ThenInclude(a => a.Body).SingleAsync(s => s.Legislation.Slug == "la-council-vote-opt-out");
        Assert.Equal((11, 1, (int?)null, "11-1"), (la.VoteYes, la.VoteNo, la.VoteAbstain, la.VoteText));
        Assert.Equal(["la-city-council"], la.Actors.Select(a => a.Body!.Slug));
        var senate = await db.LegislationStages.Include(s => s.Actors).ThenInclude(a => a.Body)
            .SingleAsync(s => s.Legislation.Slug == "mn-sf-1143" && s.Stage == LegislationStageKind.PassedChamber);
        Assert.Equal(("unanimously", "Senate lawmakers", "mn-senate"), (senate.VoteText, senate.ActorName, senate.Actors.Single().Body!.Slug));
        var expectedLinks = Records("legislation.json").Sum(l => new[] { "sponsors", "actors", "supporters", "opponents" }.Sum(k => l![k]?.AsArray().Count ?? 0));
        Assert.Equal(expectedLinks, await db.ActorLinks.CountAsync(a => a.LegislationId != null));
        Assert.True(expectedLinks > 0);
    }

    [Fact]
    public async Task Joint_lines_have_each_signatory_and_every_other_line_its_own()
    {
        await using var db = await _seeded.Database.Factory.CreateDbContextAsync();

        var joint = await db.Signatures.Where(s => s.Letter.Slug == "morton-2011-07-20" && (s.Position == 93 || s.Position == 102))
            .OrderBy(s => s.Position).Select(s => s.Signatories.OrderBy(x => x.Position).Select(x => x.Organization!.Slug).ToList()).ToListAsync();
        Assert.Equal([["irate", "first-friends"], ["nycpp", "licpp"]], joint);
        Assert.Equal(await db.Signatures.CountAsync() + 2, await db.SignatureSignatories.CountAsync());
    }

    [Fact]
    public async Task Addressees_people_and_cases_link_to_their_records()
    {
        await using var db = await _seeded.Database.Factory.CreateDbContextAsync();

        var mortonId = await db.Letters.Where(l => l.Slug == "morton-2011-07-20").Select(l => l.Id).SingleAsync();
        var morton = await db.LetterAddressees.Where(a => a.LetterId == mortonId).OrderBy(a => a.Role).ThenBy(a => a.Position)
            .Select(a => new { a.Role, a.Name, Person = a.Person!.Slug }).ToListAsync();
        Assert.Equal("john-t-morton", morton.First(a => a.Role == AddresseeRole.To).Person);
        Assert.Contains(morton, a => a.Role == AddresseeRole.Cc && a.Person == "margo-schlanger");
        Assert.Equal(("O.P.", (string?)null), await db.People.Where(p => p.Slug == "jim-barnett").Select(p => ValueTuple.Create(p.PostNominals, p.Body!.Slug)).SingleAsync());
        Assert.Equal("us-ice", await db.People.Where(p => p.Slug == "john-t-morton").Select(p => p.Body!.Slug).SingleAsync());
        var ched = await db.DeportationCases.Include(c => c.Petitions).SingleAsync(c => c.Slug == "ched-nin");
        Assert.Equal(("Ched Nin", "Cambodian", new DateOnly(2016, 9, 9)), (ched.Name, ched.Community!, ched.ReportedOn!.Value));
        Assert.Equal(["cambodian-deportation-petitions-2016"], ched.Petitions.Select(p => p.Slug));
    }

    [Fact]
    public async Task Statements_and_statistics_keep_their_links_and_dates()
    {
        await using var db = await _seeded.Database.Factory.CreateDbContextAsync();

        var fbi = await db.Statements.Include(s => s.Actors).ThenInclude(a => a.Body).Include(s => s.Jurisdictions).Include(s => s.Letter)
            .SingleAsync(s => s.Slug == "fbi-mandatory-recommendation-2009");
        Assert.Equal((StatementKind.Action, (ActionKind?)ActionKind.Recommendation, DatePrecision.Month, DateQualifier.OnOrBefore), (fbi.Kind, fbi.Action, fbi.DatePrecision!.Value, fbi.DateQualifier!.Value));
        Assert.Equal([(ActorRole.Speaker, "fbi"), (ActorRole.AddressedTo, "us-ice")], fbi.Actors.OrderBy(a => a.Role == ActorRole.AddressedTo).Select(a => (a.Role, a.Body!.Slug)));
        Assert.Equal(("morton-2011-07-20", "US"), (fbi.Letter!.Slug, fbi.Jurisdictions.Single().Code));
        var orloff = await db.Statistics.Include(s => s.Actors).ThenInclude(a => a.Person).Include(s => s.Statement).SingleAsync(s => s.Slug == "orloff-battered-women-reporting");
        Assert.Equal((18.8, StatisticUnit.Percent, "18.8%", "orloff-testimony-2011", "leslye-orloff"), (orloff.Value!.Value, orloff.Unit, orloff.ValueText, orloff.Statement!.Slug, orloff.Actors.Single().Person!.Slug));
        var walk = await db.Events.Include(e => e.Actors).SingleAsync(e => e.Slug == "felipe-matos-walk-2010");
        Assert.Equal((EventKind.March, DateQualifier.Estimated, new DateOnly(2010, 1, 1), new DateOnly(2010, 6, 30)), (walk.Kind, walk.DateQualifier!.Value, walk.EarliestOn!.Value, walk.LatestOn!.Value));
        Assert.Equal(ActorRole.Participant, walk.Actors.Single().Role);
        Assert.Equal(5, await db.Events.CountAsync(e => e.StartTime != null));
    }
}
