using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tracker.Data.Entities;
using Tracker.Data.Seeding;

namespace Tracker.Data.Tests;

/// <summary>Loading seed-data/: every record, once, with its citations; a broken file stops everything.</summary>
public sealed class SeedLoaderTests
{
    private static int CountOf(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(SeedLoader.DefaultFolder, file)))!.AsArray().Count;

    /// <summary>letters.json still lists the CAMPAIGN letters; each is loaded as the event that replaces it, not as a letter.</summary>
    private static int CampaignLetters => JsonNode.Parse(File.ReadAllText(Path.Combine(SeedLoader.DefaultFolder, "letters.json")))!.AsArray()
        .Count(l => (string)l!["kind"]! == "CAMPAIGN");

    /// <summary>counties.json holds its own Census sources and the counties.</summary>
    private static (int Sources, int Counties) CountiesFile()
    {
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(SeedLoader.DefaultFolder, "counties.json")))!;
        return (file["sources"]!.AsArray().Count, file["counties"]!.AsArray().Count);
    }

    [Fact]
    public async Task Every_seed_record_is_loaded_with_its_citations()
    {
        using var database = new TempDatabase();
        await database.MigrateAndSeedAsync();
        await using var db = await database.Factory.CreateDbContextAsync();

        Assert.Equal(CountOf("sources.json") + CountiesFile().Sources, await db.Sources.CountAsync());
        Assert.Equal(CountOf("jurisdictions.json") + CountiesFile().Counties, await db.Jurisdictions.CountAsync());
        Assert.Equal(0, await db.Jurisdictions.CountAsync(j => j.Kind == JurisdictionKind.County && !j.Citations.Any()));
        Assert.Equal(CountOf("statusEvents.json"), await db.StatusEvents.CountAsync());
        Assert.Equal(CountOf("legislation.json"), await db.Legislation.CountAsync());
        Assert.Equal(CountOf("organizations.json"), await db.Organizations.CountAsync());
        Assert.Equal(CountOf("people.json"), await db.People.CountAsync());
        Assert.Equal(CountOf("letters.json") - CampaignLetters, await db.Letters.CountAsync());
        Assert.Equal(CountOf("signatures.json"), await db.Signatures.CountAsync());
        Assert.Equal(0, await db.StatusEvents.CountAsync(e => !e.Citations.Any()));
        Assert.Equal(0, await db.Letters.CountAsync(l => !l.Citations.Any()));
        var morton = await db.Letters.Include(l => l.Signatures).Include(l => l.Addressees).SingleAsync(l => l.Slug == "morton-2011-07-20");
        Assert.Equal(Enumerable.Range(1, 213), morton.Signatures.Select(s => s.Position).Order());
        Assert.Equal(13, morton.Addressees.Count(a => a.Role == AddresseeRole.Cc));
        // Every record that can be searched has its search document.
        Assert.Equal(
            await db.Organizations.CountAsync() + await db.People.CountAsync() + await db.Letters.CountAsync() + await db.Jurisdictions.CountAsync()
            + await db.Bodies.CountAsync() + await db.Events.CountAsync() + await db.DeportationCases.CountAsync() + await db.Statements.CountAsync()
            + await db.Statistics.CountAsync(),
            await db.SearchDocuments.CountAsync());
    }

    [Fact]
    public async Task Every_citation_carries_its_passage_unless_it_cites_a_reference_standard()
    {
        using var database = new TempDatabase();
        await database.MigrateAndSeedAsync();
        await using var db = await database.Factory.CreateDbContextAsync();

        // seed-data cites every document with the passage it rests on; only a reference standard (FIPS codes) has no text to quote.
        var unquoted = await db.Citations.Where(c => c.Quote == null && c.Source.File != null)
            .Select(c => new { c.Source.Slug, c.JurisdictionId, c.OrganizationId, c.PersonId, c.LetterId, c.LegislationId }).ToListAsync();
        Assert.Empty(unquoted);
        Assert.Equal(
            "Chief Chris Burbank, Salt Lake City Police Department",
            await db.Citations.Where(c => c.PersonId == db.People.Single(p => p.Slug == "chris-burbank").Id).Select(c => c.Quote).SingleAsync());
        Assert.True(await db.Citations.CountAsync(c => c.OrganizationId != null) >= CountOf("organizations.json"));
    }

    [Fact]
    public async Task Every_planned_stage_is_stored_as_planned()
    {
        using var database = new TempDatabase();
        await database.MigrateAndSeedAsync();
        await using var db = await database.Factory.CreateDbContextAsync();

        var planned = JsonNode.Parse(File.ReadAllText(Path.Combine(SeedLoader.DefaultFolder, "legislation.json")))!.AsArray()
            .SelectMany(l => l!["stages"]!.AsArray().Where(s => (string)s!["dateQualifier"]! == "PLANNED")
                .Select(s => (Legislation: (string)l["id"]!, Date: DateOnly.Parse((string)s!["date"]!, System.Globalization.CultureInfo.InvariantCulture))))
            .ToList();
        var stored = await db.LegislationStages.Select(s => new { s.Legislation.Slug, s.Date, s.DateQualifier }).ToListAsync();

        Assert.NotEmpty(planned);
        foreach (var (legislation, date) in planned)
        {
            Assert.Contains(stored, s => s.Slug == legislation && s.Date == date && s.DateQualifier == DateQualifier.Planned);
            Assert.DoesNotContain(stored, s => s.Slug == legislation && s.Date == date && s.DateQualifier != DateQualifier.Planned);
        }
    }

    [Fact]
    public async Task The_first_load_reports_every_record_of_every_file()
    {
        using var database = new TempDatabase();
        await database.MigrateAsync();

        var report = await database.Seeder.LoadAsync();

        string[] files = ["sources.json", "jurisdictions.json", "statusEvents.json", "legislation.json", "organizations.json", "people.json", "letters.json", "signatures.json",
            "bodies.json", "events.json", "cases.json", "statements.json", "statistics.json"];
        Assert.Equal(files.Sum(CountOf) - CampaignLetters + CountiesFile().Sources + CountiesFile().Counties, report.Added);
    }

    [Fact]
    public async Task Loading_again_adds_nothing_and_keeps_maintainers_edits()
    {
        using var database = new TempDatabase();
        await database.MigrateAndSeedAsync();
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            var mirac = await db.Organizations.SingleAsync(o => o.Slug == "mirac");
            mirac.Website = "https://example.org/mirac";
            await db.SaveChangesAsync();
        }

        var report = await database.Seeder.LoadAsync();

        Assert.True(report.NothingNew);
        await using var check = await database.Factory.CreateDbContextAsync();
        Assert.Equal(CountOf("organizations.json"), await check.Organizations.CountAsync());
        Assert.Equal("https://example.org/mirac", (await check.Organizations.SingleAsync(o => o.Slug == "mirac")).Website);
    }

    [Theory]
    [InlineData("statusEvents.json", "jurisdiction", "ZZ", "unknown jurisdiction \"ZZ\"")]
    [InlineData("signatures.json", "organization", "no-such-organisation", "unknown organization \"no-such-organisation\"")]
    [InlineData("legislation.json", "jurisdiction", "XX", "unknown jurisdiction \"XX\"")]
    [InlineData("bodies.json", "parent", "no-such-body", "unknown body \"no-such-body\"")]
    [InlineData("events.json", "jurisdiction", "ZZ", "unknown jurisdiction \"ZZ\"")]
    [InlineData("cases.json", "jurisdiction", "ZZ", "unknown jurisdiction \"ZZ\"")]
    [InlineData("statements.json", "letter", "no-such-letter", "unknown letter \"no-such-letter\"")]
    [InlineData("statistics.json", "statement", "no-such-statement", "unknown statement \"no-such-statement\"")]
    public async Task A_broken_reference_stops_the_load_naming_file_and_record_and_writes_nothing(string file, string field, string value, string problem)
    {
        var folder = Directory.CreateTempSubdirectory("tracker-seed-").FullName;
        try
        {
            foreach (var source in Directory.EnumerateFiles(SeedLoader.DefaultFolder, "*.json"))
            {
                File.Copy(source, Path.Combine(folder, Path.GetFileName(source)));
            }
            var records = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, file)))!.AsArray();
            records[0]![field] = value;
            File.WriteAllText(Path.Combine(folder, file), records.ToJsonString());
            var record = file == "signatures.json" ? $"{records[0]!["letter"]}#{records[0]!["position"]}" : (string)records[0]!["id"]!;
            using var database = new TempDatabase();
            await database.MigrateAsync();

            var error = await Assert.ThrowsAsync<SeedDataException>(() => database.Seeder.LoadAsync(folder));

            Assert.Equal($"seed-data/{file}: record \"{record}\": {problem}", error.Message);
            await using var db = await database.Factory.CreateDbContextAsync();
            Assert.Equal(0, await db.Sources.CountAsync());
            Assert.Equal(0, await db.Jurisdictions.CountAsync());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_malformed_file_names_itself()
    {
        var folder = Directory.CreateTempSubdirectory("tracker-seed-").FullName;
        try
        {
            foreach (var source in Directory.EnumerateFiles(SeedLoader.DefaultFolder, "*.json"))
            {
                File.Copy(source, Path.Combine(folder, Path.GetFileName(source)));
            }
            File.WriteAllText(Path.Combine(folder, "people.json"), "[{\"id\": 3}]");
            using var database = new TempDatabase();
            await database.MigrateAsync();

            var error = await Assert.ThrowsAsync<SeedDataException>(() => database.Seeder.LoadAsync(folder));

            Assert.StartsWith("seed-data/people.json: record \"$[0].id\": not valid seed JSON", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
