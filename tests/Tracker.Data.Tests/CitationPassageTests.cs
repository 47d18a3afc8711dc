using Microsoft.EntityFrameworkCore;

namespace Tracker.Data.Tests;

/// <summary>
/// Issue 11 item 9: every citation of a letter, organisation, person or jurisdiction carries its passage, as loaded
/// into the database (seed-data/check.py checks the same of the files, and that each quote is verbatim). Only a
/// reference standard, a source with no document file (FIPS 5-2 for the counties), is cited without a quote.
/// </summary>
public sealed class CitationPassageTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Citations_of_letters_organisations_people_and_jurisdictions_quote_their_passage()
    {
        await using var db = await seeded.Database.Factory.CreateDbContextAsync();
        var ofThoseKinds = db.Citations.Where(c => c.LetterId != null || c.OrganizationId != null || c.PersonId != null || c.JurisdictionId != null);

        var unquoted = await ofThoseKinds.Where(c => c.Source.File != null && (c.Quote == null || c.Quote.Trim() == ""))
            .Select(c => $"{c.Source.Slug}: letter {c.LetterId}, organisation {c.OrganizationId}, person {c.PersonId}, jurisdiction {c.JurisdictionId}")
            .ToListAsync();

        Assert.Empty(unquoted);
        Assert.True(await ofThoseKinds.CountAsync(c => c.LetterId != null && c.Quote != null) >= await db.Letters.CountAsync());
        Assert.True(await ofThoseKinds.CountAsync(c => c.OrganizationId != null && c.Quote != null) >= await db.Organizations.CountAsync());
        Assert.True(await ofThoseKinds.CountAsync(c => c.PersonId != null && c.Quote != null) >= await db.People.CountAsync());
    }

    [Fact]
    public async Task Only_reference_standards_are_cited_without_a_quote()
    {
        await using var db = await seeded.Database.Factory.CreateDbContextAsync();

        var sources = await db.Citations.Where(c => c.Quote == null).Select(c => new { c.Source.Slug, c.Source.File }).Distinct().ToListAsync();

        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.True(s.File is null, $"{s.Slug} has a document ({s.File}) but is cited without a quote"));
    }
}
