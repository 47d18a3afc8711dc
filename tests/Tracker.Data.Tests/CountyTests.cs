using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tracker.Data.Entities;
using Tracker.Data.Seeding;

namespace Tracker.Data.Tests;

/// <summary>Every county and county-equivalent of seed-data/counties.json, loaded beside the curated ones.</summary>
public sealed class CountyTests
{
    private static JsonArray FileCounties(string folder) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "counties.json")))!["counties"]!.AsArray();

    [Fact]
    public async Task Every_state_DC_and_territory_has_every_county_of_the_file_and_its_curated_ones_once()
    {
        using var database = new TempDatabase();
        await database.MigrateAndSeedAsync();
        await using var db = await database.Factory.CreateDbContextAsync();

        var stored = await db.Jurisdictions.Where(j => j.Kind == JurisdictionKind.County)
            .Select(j => new { j.Code, j.Fips, State = j.Parent!.Code }).ToListAsync();
        var curated = JsonNode.Parse(File.ReadAllText(Path.Combine(SeedLoader.DefaultFolder, "jurisdictions.json")))!.AsArray()
            .Where(j => (string)j!["kind"]! == "COUNTY").Select(j => (string)j!["parent"]!);
        var expected = FileCounties(SeedLoader.DefaultFolder).Select(c => (string)c!["state"]!).Concat(curated)
            .GroupBy(state => state).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(expected.OrderBy(e => e.Key), stored.GroupBy(c => c.State).Select(g => new KeyValuePair<string, int>(g.Key, g.Count())).OrderBy(e => e.Key));
        Assert.Equal(stored.Count, stored.Select(c => c.Fips).Distinct().Count());
        Assert.True(stored.Count > 3_200, $"{stored.Count} counties");
        // Every state, DC and the territories the Census lists counties for.
        Assert.Equal(57, expected.Count);
        var hennepin = await db.Jurisdictions.Where(j => j.Fips == "27053").Select(j => new { j.Code, j.Name, j.CurrentStatus }).SingleAsync();
        Assert.Equal(("MN-hennepin-county", "Hennepin County", ParticipationStatus.Unknown), (hennepin.Code, hennepin.Name, hennepin.CurrentStatus));
        var parish = await db.Jurisdictions.Where(j => j.Fips == "22059").Select(j => new { j.Name, Sources = j.Citations.Select(c => c.Source.Slug).ToList() }).SingleAsync();
        Assert.Equal("LaSalle Parish", parish.Name);
        Assert.Equal(["census-county-boundaries-2017"], parish.Sources);
    }

    [Fact]
    public async Task Counties_missing_from_a_database_are_added_at_a_later_start_and_are_searchable()
    {
        var folder = Directory.CreateTempSubdirectory("tracker-seed-").FullName;
        try
        {
            foreach (var file in Directory.EnumerateFiles(SeedLoader.DefaultFolder, "*.json"))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }
            // An older server's file: without the counties of Louisiana.
            var document = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "counties.json")))!;
            var counties = document["counties"]!.AsArray();
            foreach (var parish in counties.Where(c => (string)c!["state"]! == "LA").ToList())
            {
                counties.Remove(parish);
            }
            File.WriteAllText(Path.Combine(folder, "counties.json"), document.ToJsonString());
            using var database = new TempDatabase();
            await database.MigrateAsync();
            await database.Seeder.LoadAsync(folder);
            await using (var before = await database.Factory.CreateDbContextAsync())
            {
                Assert.Equal(0, await before.Jurisdictions.CountAsync(j => j.Parent!.Code == "LA"));
            }

            var report = await database.Seeder.LoadAsync();

            await using var db = await database.Factory.CreateDbContextAsync();
            Assert.Equal(64, report.Added);
            Assert.Equal(64, await db.Jurisdictions.CountAsync(j => j.Parent!.Code == "LA" && j.Kind == JurisdictionKind.County));
            Assert.True((await database.Seeder.LoadAsync()).NothingNew);
            var hits = await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Search.ISearchIndex>(database.Services)
                .SearchAsync("tangipahoa", 5, default);
            Assert.Contains(hits, h => h.Kind == SearchKind.Jurisdiction);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
