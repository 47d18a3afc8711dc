using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tracker.Api.Infrastructure;
using Tracker.Api.Infrastructure.Filtering;
using Tracker.Api.Infrastructure.Loading;
using Tracker.Data;
using Tracker.Data.Entities;

namespace Tracker.Api.Tests;

/// <summary>
/// The DataLoaders' compiled statements (issue 13, CPU per request): a batch of a few keys runs the compiled form,
/// one of more than <see cref="CompiledLoads.MaxCompiledKeys"/> the LINQ form with its keys in one parameter, and
/// both answer exactly as the plain query does, on both providers.
/// </summary>
public abstract class CompiledLoadTests(WideInputApi api)
{
    protected abstract bool CompiledKeysAreOneParameter { get; }

    [Fact]
    public async Task A_small_batch_runs_compiled_and_a_large_one_keeps_one_parameter_with_the_same_rows()
    {
        var small = Enumerable.Range(1, 40).Select(i => i * 5).ToList();
        var large = Enumerable.Range(1, 200).ToList();
        var loads = new CompiledLoads();

        var (expectedSmall, expectedLarge) = await api.WithDbAsync(async db => (
            await db.Signatures.Where(s => small.Contains(s.Id)).OrderBy(s => s.Id).Select(s => new { s.Id, s.Position, s.LetterId }).ToListAsync(),
            await db.Signatures.Where(s => large.Contains(s.Id)).OrderBy(s => s.Id).Select(s => new { s.Id, s.Position, s.LetterId }).ToListAsync()));
        api.Statements.Statements.Clear();
        var (foundSmall, foundSmallAgain, foundLarge) = await api.WithDbAsync(async db => (
            await Load(loads, db, small),
            await Load(loads, db, small.Take(3).ToList()),
            await Load(loads, db, large)));

        Assert.Equal(40, expectedSmall.Count);
        Assert.Equal(200, expectedLarge.Count);
        Assert.Equal(expectedSmall.Select(s => (s.Id, s.Position, s.LetterId)), foundSmall);
        Assert.Equal(expectedSmall.Take(3).Select(s => (s.Id, s.Position, s.LetterId)), foundSmallAgain);
        Assert.Equal(expectedLarge.Select(s => (s.Id, s.Position, s.LetterId)), foundLarge);
        var statements = api.Statements.Statements.ToList();
        Assert.Equal(3, statements.Count);
        // The compiled statement names a parameter per key on SQLite (EF Core's form for a compiled query's list;
        // Npgsql sends a list as one array whatever the form)...
        Assert.True(CompiledKeysAreOneParameter ? Parameters(statements[0]) <= 3 : Parameters(statements[0]) >= small.Count, statements[0]);
        // ...and a batch over the limit goes as one array parameter, as every LINQ key batch does.
        Assert.True(Parameters(statements[2]) <= 3, statements[2][..Math.Min(statements[2].Length, 500)]);
    }

    [Fact]
    public async Task A_statement_reading_a_captured_value_is_refused_rather_than_compiled_with_the_first_requests_value()
    {
        var loads = new CompiledLoads();
        var letter = 1;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => api.WithDbAsync(db => loads.ListAsync("test.captured", db, [1, 2],
            within => db.Signatures.Where(KeyPredicates.Within<Signature, int>(s => s.Id, within)).Where(s => s.LetterId == letter).Select(s => s.Id),
            CancellationToken.None)));

        Assert.Contains("\"test.captured\"", error.Message);
        Assert.Contains("letter", error.Message);
    }

    [Fact]
    public async Task A_statement_reading_the_clock_is_refused_as_its_rows_are_kept_until_the_data_changes()
    {
        var loads = new CompiledLoads();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => api.WithDbAsync(db => loads.ListAsync("test.clock", db, [1, 2],
            within => db.Signatures.Where(KeyPredicates.Within<Signature, int>(s => s.Id, within)).Where(s => s.SignedOn < DateOnly.FromDateTime(DateTime.UtcNow)).Select(s => s.Id),
            CancellationToken.None)));

        Assert.Contains("\"test.clock\"", error.Message);
        Assert.Contains("DateTime.UtcNow", error.Message);
    }

    private static async Task<List<(int, int, int)>> Load(CompiledLoads loads, TrackerDbContext db, List<int> keys)
    {
        var rows = await loads.ListAsync("test.signatures", db, keys,
            within => db.Signatures.Where(KeyPredicates.Within<Signature, int>(s => s.Id, within)).OrderBy(s => s.Id).Select(s => new SignatureRow(s.Id, s.Position, s.LetterId)),
            CancellationToken.None);
        return rows.Select(r => (r.Id, r.Position, r.LetterId)).ToList();
    }

    private static int Parameters(string statement) => Regex.Matches(statement, @"[@$]\w+").Select(m => m.Value).Distinct().Count();

    private sealed record SignatureRow(int Id, int Position, int LetterId);
}

public sealed class SqliteCompiledLoadTests(WideInputApi api) : CompiledLoadTests(api), IClassFixture<WideInputApi>
{
    protected override bool CompiledKeysAreOneParameter => false;
}

public sealed class PostgresCompiledLoadTests(PostgresWideInputApi api) : CompiledLoadTests(api), IClassFixture<PostgresWideInputApi>
{
    protected override bool CompiledKeysAreOneParameter => true;
}
