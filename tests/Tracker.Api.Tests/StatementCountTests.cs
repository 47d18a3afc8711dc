using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Data;
using Tracker.Data.Entities;

namespace Tracker.Api.Tests;

/// <summary>
/// DataLoaders keep nested lists to one statement per level: 50 letters with their first 100 signatures and
/// each signer's organisation cost at most 4 SQL statements, whatever the numbers of letters and signatures.
/// </summary>
public sealed partial class StatementCountTests : IDisposable
{
    private const string Query = """
        query ($letters: Int!, $signatures: Int!) {
          letters(first: $letters, where: { slug: { startsWith: "bulk-" } }, order: [{ title: ASC }]) {
            nodes {
              slug
              signatures(first: $signatures) {
                nodes {
                  position
                  printedName
                  signatory { __typename name ... on Organization { kind acronym } }
                }
              }
            }
          }
        }
        """;

    /// <summary>
    /// The server's reads of the event outbox (SQLite, every second) belong to no request; they are kept out of the
    /// count by making them rare. The status record is not kept in memory here, so that the day's statuses are read
    /// from the database as a filtered summary or a record over the bound reads them; the kept record's own reads
    /// are counted in <see cref="StatusRecordStatementTests"/>.
    /// </summary>
    private readonly TrackerApiFactory _factory = new(new Dictionary<string, string?>
    {
        ["Tracker:Events:OutboxPollInterval"] = "01:00:00",
        ["Tracker:StatusRecord:MaxRows"] = "0",
    });
    private readonly StatementCounter _counter;

    /// <summary>
    /// The counter listens from before the server starts: EF Core stops emitting command events for a while
    /// after it last found nobody listening, so a counter attached late would miss statements.
    /// </summary>
    public StatementCountTests() => _counter = new StatementCounter(_factory.DataFolder);

    public void Dispose()
    {
        _counter.Dispose();
        _factory.Dispose();
    }

    [Theory]
    [InlineData(5, 3)]
    [InlineData(50, 100)]
    public async Task Nested_letters_signatures_and_organisations_take_at_most_four_statements(int letters, int signatures)
    {
        await AddLettersAsync(count: 50, signaturesEach: 120);
        _counter.Statements.Clear();

        var response = await _factory.QueryAsync(Query, new { letters, signatures });

        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        var nodes = response["data"]!["letters"]!["nodes"]!.AsArray();
        Assert.Equal(letters, nodes.Count);
        Assert.All(nodes, letter =>
        {
            var page = letter!["signatures"]!["nodes"]!.AsArray();
            Assert.Equal(signatures, page.Count);
            Assert.Equal(Enumerable.Range(1, signatures), page.Select(s => (int)s!["position"]!));
            Assert.All(page, s => Assert.Equal("Organization", (string)s!["signatory"]!["__typename"]!));
        });
        // Letters, their signatures, the signing organisations: at least those three reads, and at most one more.
        Assert.True(_counter.Statements.Count is >= 3 and <= 4, $"{_counter.Statements.Count} statements:\n{string.Join("\n---\n", _counter.Statements)}");
    }

    [Fact]
    public async Task Statuses_as_of_a_day_are_read_in_one_statement_per_day_asked()
    {
        await StartAsync();
        _counter.Statements.Clear();

        var response = await _factory.QueryAsync("""
            {
              jurisdictions(first: 100, asOf: "2011-06-01", where: { kind: { in: [STATE, DISTRICT] } }) {
                nodes { code status currentStatusEvent { slug } later: status(asOf: "2012-01-01") }
              }
            }
            """);

        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        var nodes = response["data"]!["jurisdictions"]!["nodes"]!.AsArray();
        Assert.Equal(51, nodes.Count);
        Assert.Equal("WITHDREW", (string)nodes.Single(n => (string)n!["code"]! == "IL")!["status"]!);
        Assert.Equal("REFUSED_TO_JOIN", (string)nodes.Single(n => (string)n!["code"]! == "DC")!["later"]!);
        // The statuses of 1 June 2011 (read first: a status filter would need them), the page, the events those
        // statuses come from (by key), the deciding events of 1 January 2012.
        Assert.True(_counter.Statements.Count == 4, $"{_counter.Statements.Count} statements:\n{string.Join("\n---\n", _counter.Statements)}");
    }

    [Fact]
    public async Task A_days_statuses_are_read_once_for_the_summary_the_filter_and_the_nodes()
    {
        await StartAsync();
        _counter.Statements.Clear();

        var response = await _factory.QueryAsync(await File.ReadAllTextAsync(Path.Combine(Paths.Queries, "map-on-a-day.graphql")));

        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        Assert.NotEmpty(response["data"]!["jurisdictions"]!["nodes"]!.AsArray());
        // Only the read of the day's statuses tests which events count that day; the summary, the status filter and
        // the nodes' status and event all come from it (they computed the deciding events again, three times).
        var dayReads = _counter.Statements.Where(s => CountingTest().IsMatch(s)).ToList();
        Assert.True(dayReads.Count == 1, $"{dayReads.Count} statements test which events count:\n{string.Join("\n---\n", dayReads)}");
    }

    [System.Text.RegularExpressions.GeneratedRegex("\"CountsFrom\" <=")]
    private static partial System.Text.RegularExpressions.Regex CountingTest();

    /// <summary>Starts the server; the relay's first read of the outbox (where it ends) is done before anything is counted.</summary>
    private async Task StartAsync()
    {
        _factory.CreateClient().Dispose();
        await _factory.Services.GetRequiredService<Tracker.Api.Messaging.OutboxRelay>().Ready.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Letters whose signers are all different organisations, so nothing is served from a cache.</summary>
    private async Task AddLettersAsync(int count, int signaturesEach)
    {
        await StartAsync();
        await using var scope = _factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        for (var l = 0; l < count; l++)
        {
            var letter = new Letter { Slug = $"bulk-{l:D3}", Title = $"Bulk letter {l:D3}", Kind = LetterKind.SignOnLetter };
            for (var s = 1; s <= signaturesEach; s++)
            {
                var name = $"Bulk Organisation {l:D3}-{s:D3}";
                var organization = new Organization { Slug = $"bulk-org-{l:D3}-{s:D3}", Name = name, NormalizedName = name.ToLowerInvariant(), Kind = OrganizationKind.Nonprofit };
                letter.Signatures.Add(new Signature { Organization = organization, PrintedName = name, Position = s });
            }
            db.Letters.Add(letter);
        }
        await db.SaveChangesAsync();
    }
}
