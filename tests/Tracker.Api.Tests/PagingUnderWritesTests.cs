using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Data;
using Tracker.Data.Entities;

namespace Tracker.Api.Tests;

/// <summary>
/// A client pages a letter's signatures newest first while signatures are added and removed between its pages,
/// and in three orders while a writer adds signatures concurrently, committing whenever it can: it never sees a
/// signature twice and never misses one that existed throughout. Offset cursors fail both (an addition pushes the
/// last row of a page onto the next, a removal pulls a row past the cursor).
/// The classes write, so their databases are their own (a fixture of their own, not the read-only tests').
/// </summary>
public abstract class PagingUnderWritesTests(TrackerApiFactory factory)
{
    private const string Letter = "morton-2011-07-20";

    private const string Page = """
        query ($after: String) {
          letter(slug: "morton-2011-07-20") {
            signatures(first: 5, after: $after, order: [{ position: DESC }]) { nodes { id } pageInfo { hasNextPage endCursor } }
          }
        }
        """;

    [Theory]
    [InlineData(2, 0)]
    [InlineData(0, 2)]
    [InlineData(3, 1)]
    public async Task Newest_first_pages_show_each_signature_once_while_some_are_added_and_removed(int addedPerPage, int removedPerPage)
    {
        var before = await AllIdsAsync();
        var removed = new HashSet<int>();
        var seen = await WalkAsync(Page, maxPages: 200, async seenSoFar =>
        {
            // Newest first: additions land on the first page, behind the cursor, and so do removals of what was seen.
            await AddAsync(addedPerPage);
            removed.UnionWith(await RemoveSeenAsync(seenSoFar, removed, removedPerPage));
        });

        Assert.Equal(seen.Count, seen.Distinct().Count());
        var throughout = before.Where(id => !removed.Contains(SignatureKey(id))).ToList();
        Assert.Empty(throughout.Except(seen));
        Assert.True(removed.Count > 0 || addedPerPage > 0);
    }

    [Theory]
    [InlineData("position: ASC")]
    [InlineData("position: DESC")]
    [InlineData("printedName: ASC")]
    public async Task Pages_show_each_signature_once_while_a_writer_adds_signatures_at_the_same_time(string order)
    {
        var page = Page.Replace("position: DESC", order, StringComparison.Ordinal);
        var before = await AllIdsAsync(page);
        using var readerDone = new CancellationTokenSource();
        var firstAdded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var added = 0;
        // The writer commits one signature after another, with no regard to the reader's pages, until the reader is
        // done (at most 2,000, so that a reader that never ends cannot make it write forever).
        var writer = Task.Run(async () =>
        {
            while (!readerDone.IsCancellationRequested && added < 2_000)
            {
                await AddAsync(1);
                Interlocked.Increment(ref added);
                firstAdded.TrySetResult();
            }
        });
        await firstAdded.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var addedBeforeReading = Volatile.Read(ref added);
        List<string> seen;
        try
        {
            seen = await WalkAsync(page, maxPages: 2_000, _ => Task.CompletedTask);
        }
        finally
        {
            await readerDone.CancelAsync();
            await writer;
        }

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Empty(before.Except(seen));
        Assert.True(Volatile.Read(ref added) > addedBeforeReading, "no signature was added while the pages were read");
    }

    /// <summary>The ids of every page to the last, <paramref name="betweenPages"/> run after each page but the last.</summary>
    private async Task<List<string>> WalkAsync(string page, int maxPages, Func<List<string>, Task> betweenPages)
    {
        var seen = new List<string>();
        string? after = null;
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages < maxPages, "the walk does not end");
            var response = await factory.QueryAsync(page, new { after });
            Assert.True(response["errors"] is null, response.ToJsonString());
            var connection = response["data"]!["letter"]!["signatures"]!;
            seen.AddRange(connection["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
            if (!(bool)connection["pageInfo"]!["hasNextPage"]!)
            {
                return seen;
            }
            after = (string)connection["pageInfo"]!["endCursor"]!;
            await betweenPages(seen);
        }
    }

    private Task<List<string>> AllIdsAsync() => AllIdsAsync(Page);

    private async Task<List<string>> AllIdsAsync(string page)
    {
        var ids = new List<string>();
        string? after = null;
        for (var more = true; more;)
        {
            var response = await factory.QueryAsync(page, new { after });
            var connection = response["data"]!["letter"]!["signatures"]!;
            ids.AddRange(connection["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
            more = (bool)connection["pageInfo"]!["hasNextPage"]! && ids.Count < 10_000;
            after = (string?)connection["pageInfo"]!["endCursor"];
        }
        return ids;
    }

    private async Task AddAsync(int count)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        var letter = await db.Letters.SingleAsync(l => l.Slug == Letter);
        var last = await db.Signatures.Where(s => s.LetterId == letter.Id).OrderByDescending(s => s.Position).FirstAsync();
        for (var i = 1; i <= count; i++)
        {
            db.Signatures.Add(new Signature
            {
                LetterId = letter.Id, OrganizationId = last.OrganizationId, PersonId = last.PersonId, PrintedName = $"Late signer {last.Position + i}",
                Position = last.Position + i, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
            });
        }
        await db.SaveChangesAsync();
    }

    /// <summary>Removes the most recently seen signatures (just behind the cursor, but never the cursor's own row).</summary>
    private async Task<List<int>> RemoveSeenAsync(List<string> seen, HashSet<int> removed, int count)
    {
        var keys = seen.Take(seen.Count - 1).Select(SignatureKey).Where(k => !removed.Contains(k)).TakeLast(count).ToList();
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        await db.Signatures.Where(s => keys.Contains(s.Id)).ExecuteDeleteAsync();
        return keys;
    }

    private static int SignatureKey(string id) =>
        Tracker.Api.Infrastructure.GlobalId.TryDecode(id, out _, out var key) ? key : throw new InvalidOperationException($"not a signature id: {id}");
}

public sealed class SqlitePagingUnderWritesTests(SeededApi api) : PagingUnderWritesTests(api.Factory), IClassFixture<SeededApi>;

public sealed class PostgresPagingUnderWritesTests(SeededPostgresApi api) : PagingUnderWritesTests(api.Factory), IClassFixture<SeededPostgresApi>;
