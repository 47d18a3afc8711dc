using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Api.Shell;

namespace Tracker.Api.Tests;

/// <summary>
/// <c>Letter.signatoriesByState</c> and <c>Letter.signatureCount</c> read counts the database keeps on write: after
/// each kind of write the server makes (each mutation that adds, withdraws or moves a signature or changes a
/// signer's state, and the shell import), what the API answers, through its response cache, equals a fresh
/// GROUP BY over the signatures. The random sequences of every kind of write are in the data tests
/// (<c>SignatoryCountTests</c>).
/// </summary>
public abstract class SignatoriesByStateTests(MaintainerApi api)
{
    private const string Letter = "counted-by-state";

    [Fact]
    public async Task Every_kind_of_write_leaves_the_answer_equal_to_a_fresh_group_by()
    {
        await api.MutateAsync("createLetter", "letter { id }", new { slug = Letter, title = "Counted by state", kind = "SIGN_ON_LETTER", sources = new[] { new { source = "mirac-blog" } } });
        await AssertAnswerIsFreshAsync("createLetter", expectedRows: 0);

        var added = await api.MutateAsync("addSignatures", "rows { signature { id version signatory { __typename ... on Organization { id version } ... on Person { id version } } } }", new
        {
            letter = Letter,
            signatures = new object[]
            {
                new { printedName = "Counted Coalition of Duluth", state = "MN" },
                new { printedName = "Counted Friends of Madison", state = "WI" },
                new { printedName = "Counted Group Without a State" },
                new { printedName = "Rev. Counted Person", kind = "PERSON", name = "Counted Person", state = "MN" },
            },
        });
        var rows = added["rows"]!.AsArray().Select(r => r!["signature"]!).ToList();
        await AssertAnswerIsFreshAsync("addSignatures", expectedRows: 3);

        var duluth = rows[0]["signatory"]!;
        await api.MutateAsync("updateOrganization", "organization { id }", new { id = (string)duluth["id"]!, version = (int)duluth["version"]!, state = "IA" });
        await AssertAnswerIsFreshAsync("updateOrganization", expectedRows: 4);

        var person = rows[3]["signatory"]!;
        await api.MutateAsync("updatePerson", "person { id }", new { id = (string)person["id"]!, version = (int)person["version"]!, state = "WI" });
        await AssertAnswerIsFreshAsync("updatePerson", expectedRows: 3);

        await api.MutateAsync("withdrawSignature", "signature { id }", new { id = (string)rows[1]["id"]!, version = (int)rows[1]["version"]!, withdrawnOn = "2011-06-01" });
        await AssertAnswerIsFreshAsync("withdrawSignature", expectedRows: 3);

        // The group without a state merges into Duluth's (now Iowa's): its signature counts for Iowa.
        var stateless = rows[2]["signatory"]!;
        var survivor = await api.WithDbAsync(db => db.Organizations.Where(o => o.Name == "Counted Coalition of Duluth").Select(o => o.Version).SingleAsync());
        await api.MutateAsync("mergeOrganizations", "organization { id }",
            new { survivor = (string)duluth["id"]!, survivorVersion = survivor, merged = (string)stateless["id"]!, mergedVersion = (int)stateless["version"]! });
        await AssertAnswerIsFreshAsync("mergeOrganizations", expectedRows: 2);

        Directory.CreateDirectory(api.Factory.DataFolder);
        var file = Path.Combine(api.Factory.DataFolder, $"counted-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(file, ["printed_name,kind,name,state", "Counted Imported Group,organization,,TX", "Counted Imported Person,person,Counted Imported Person,IA"]);
        var settings = new ConfigurationBuilder().AddConfiguration(api.Factory.Services.GetRequiredService<IConfiguration>()).Build();
        Assert.Equal(0, await ShellCommands.RunAsync(["import", "signatures", "--letter", Letter, file, "--as", "maria"], settings, new StringWriter(), new StringWriter()));
        await AssertAnswerIsFreshAsync("import", expectedRows: 3);
    }

    /// <summary>What the API answers for every letter equals the GROUP BY it ran per request before the counts were kept.</summary>
    private async Task AssertAnswerIsFreshAsync(string after, int expectedRows)
    {
        var expected = await api.WithDbAsync(async db =>
        {
            var groups = await db.Signatures
                .GroupBy(s => new { s.Letter.Slug, State = s.Organization != null ? s.Organization.State : s.Person!.State })
                .Select(g => new { g.Key.Slug, g.Key.State, Count = g.Count() }).ToListAsync();
            var slugs = await db.Letters.Select(l => l.Slug).ToListAsync();
            return slugs.Select(slug => Describe(slug,
                groups.Where(g => g.Slug == slug).Sum(g => g.Count),
                groups.Where(g => g.Slug == slug).Select(g => (g.State, g.Count)))).Order(StringComparer.Ordinal).ToList();
        });
        var response = await api.SendAsync(null, "{ letters(first: 100) { nodes { slug signatureCount signatoriesByState { state count } } } }");
        Assert.True(response["errors"] is null, response.ToJsonString());
        var answered = response["data"]!["letters"]!["nodes"]!.AsArray().Select(n => Describe((string)n!["slug"]!, (int)n["signatureCount"]!,
            n["signatoriesByState"]!.AsArray().Select(c => ((string?)c!["state"], (int)c["count"]!)))).Order(StringComparer.Ordinal).ToList();

        Assert.True(expected.SequenceEqual(answered), $"after {after}: expected [{string.Join("; ", expected.Except(answered))}], answered [{string.Join("; ", answered.Except(expected))}]");
        Assert.Equal(expectedRows, answered.Single(a => a.StartsWith(Letter + ":", StringComparison.Ordinal)).Count(c => c == '='));
    }

    /// <summary>A letter's total and its states in a canonical order, as one line.</summary>
    private static string Describe(string slug, int total, IEnumerable<(string? State, int Count)> states) =>
        $"{slug}: {total} " + string.Join(" ", states.OrderBy(s => s.State ?? "", StringComparer.Ordinal).Select(s => $"{s.State ?? "none"}={s.Count}"));
}

public sealed class SqliteSignatoriesByStateTests(MaintainerApi api) : SignatoriesByStateTests(api), IClassFixture<MaintainerApi>;

public sealed class PostgresSignatoriesByStateTests(PostgresMaintainerApi api) : SignatoriesByStateTests(api), IClassFixture<PostgresMaintainerApi>;
