using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tracker.Api.Auth;
using Tracker.Data;
using Tracker.Data.Entities;
using Tracker.Data.Writes;
using Tracker.GraphQL.Server.Configuration;

namespace Tracker.Api.Tests;

/// <summary>
/// Something outside the server holds the write lock (a long migration, a script on the database, a stuck
/// instance). Mutations that give up waiting, because the lock wait or the whole operation timed out or the
/// client went away, must roll back and hand their connection back: once the lock is free, reads, the health
/// check and mutations work again, even after more of them gave up than the connection pool holds.
/// </summary>
public abstract class HeldWriteLockTests : IAsyncLifetime
{
    /// <summary>More than the PostgreSQL pool below holds: one leaked connection each would exhaust it.</summary>
    private const int GivingUp = 6;

    private TrackerApiFactory? _server;
    private string _key = "";
    private int _created;

    protected abstract Dictionary<string, string?> Database();

    /// <summary>Takes the write lock from a connection of the test's own; disposing it releases the lock.</summary>
    protected abstract Task<IAsyncDisposable> HoldWriteLockAsync(TrackerApiFactory server);

    /// <summary>Connections of the server left inside a transaction (none on SQLite, where nothing can tell).</summary>
    protected virtual Task<int> ConnectionsLeftInTransactionAsync() => Task.FromResult(0);

    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _server?.Dispose();
        await DropDatabaseAsync();
    }

    [Fact]
    public async Task Mutations_that_wait_longer_than_the_lock_timeout_are_refused_with_WRITE_BUSY_and_the_server_recovers()
    {
        var server = await StartAsync(lockTimeout: "00:00:00.500", executionTimeout: TimeSpan.FromSeconds(20));

        await using (await HoldWriteLockAsync(server))
        {
            var refused = await Task.WhenAll(Enumerable.Range(0, GivingUp).Select(_ => CreateOrganizationAsync(server)));

            Assert.All(refused, response =>
            {
                var error = response["errors"]?[0];
                Assert.True(error is not null, response.ToJsonString());
                Assert.Equal("WRITE_BUSY", (string)error!["extensions"]!["code"]!);
                Assert.Equal("createOrganization", (string)error["path"]![0]!);
            });
        }

        await AssertRecoveredAsync(server);
    }

    [Fact]
    public async Task Mutations_stopped_by_the_execution_timeout_while_waiting_roll_back_and_return_their_connections()
    {
        var server = await StartAsync(lockTimeout: "00:01:00", executionTimeout: TimeSpan.FromSeconds(1));

        await using (await HoldWriteLockAsync(server))
        {
            var stopped = await Task.WhenAll(Enumerable.Range(0, GivingUp).Select(_ => CreateOrganizationAsync(server)));

            Assert.All(stopped, response => Assert.Equal("EXECUTION_TIMEOUT", (string)response["errors"]![0]!["extensions"]!["code"]!));
        }

        await AssertRecoveredAsync(server);
    }

    [Fact]
    public async Task Mutations_whose_clients_go_away_while_waiting_roll_back_and_return_their_connections()
    {
        var server = await StartAsync(lockTimeout: "00:01:00", executionTimeout: TimeSpan.FromSeconds(60));

        await using (await HoldWriteLockAsync(server))
        {
            using var leaving = new CancellationTokenSource();
            var abandoned = Enumerable.Range(0, GivingUp).Select(_ => CreateOrganizationAsync(server, leaving.Token)).ToList();
            await WritersWaitingAsync(server, GivingUp, "every mutation is waiting for the write lock");
            await leaving.CancelAsync();
            foreach (var request in abandoned)
            {
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
            }
            await WritersWaitingAsync(server, 0, "the abandoned mutations stopped waiting");
        }

        await AssertRecoveredAsync(server);
    }

    [Fact]
    public async Task Writers_waiting_for_the_lock_are_served_first_come_first_served()
    {
        const int queued = 8;
        var server = await StartAsync(lockTimeout: "00:01:00", executionTimeout: TimeSpan.FromSeconds(60));
        var writes = new List<Task<JsonObject>>();

        await using (await HoldWriteLockAsync(server))
        {
            for (var arrival = 1; arrival <= queued; arrival++)
            {
                writes.Add(CreateOrganizationAsync(server, name: $"Queued {arrival}"));
                var waiting = arrival;
                await WritersWaitingAsync(server, waiting, $"writer {arrival} is waiting");
            }
        }
        await Task.WhenAll(writes);

        await using var db = await server.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        var committed = await db.Organizations.Where(o => o.Name.StartsWith("Queued ")).OrderBy(o => o.Id).Select(o => o.Name).ToListAsync();
        Assert.Equal(Enumerable.Range(1, queued).Select(arrival => $"Queued {arrival}"), committed);
    }

    [Fact]
    public async Task A_mutation_arriving_when_too_many_already_wait_is_refused_at_once_with_WRITE_BUSY()
    {
        var server = await StartAsync(lockTimeout: "00:01:00", executionTimeout: TimeSpan.FromSeconds(60), maxWaiting: "1");
        JsonObject refused;
        Task<JsonObject> first, second;

        await using (await HoldWriteLockAsync(server))
        {
            // The first has its turn and waits at the database's lock; the second waits in the queue, which is full.
            first = CreateOrganizationAsync(server);
            await WritersWaitingAsync(server, 1, "the first writer is waiting");
            second = CreateOrganizationAsync(server);
            await WritersWaitingAsync(server, 2, "the second writer is queued");
            refused = await CreateOrganizationAsync(server);
        }

        Assert.Equal("WRITE_BUSY", (string)refused["errors"]![0]!["extensions"]!["code"]!);
        Assert.StartsWith("Too many changes are waiting to be saved (1)", (string)refused["errors"]![0]!["message"]!);
        Assert.All(await Task.WhenAll(first, second), waited => Assert.True(waited["errors"] is null, waited.ToJsonString()));
    }

    private async Task<TrackerApiFactory> StartAsync(string lockTimeout, TimeSpan executionTimeout, string maxWaiting = "100")
    {
        _server = new TrackerApiFactory(new Dictionary<string, string?>(Database()) { ["Tracker:Writes:LockTimeout"] = lockTimeout, ["Tracker:Writes:MaxWaiting"] = maxWaiting })
        {
            TestServices = services => WithExecutionTimeout(services, executionTimeout),
        };
        _server.CreateClient().Dispose();
        _key = (await _server.Services.GetRequiredService<ApiKeys>().CreateAsync("waiting", ApiKeyRole.Maintainer, default)).Secret;
        return _server;
    }

    /// <summary>The server's own options with a shorter execution timeout.</summary>
    private static void WithExecutionTimeout(IServiceCollection services, TimeSpan timeout)
    {
        var registered = services.Last(d => d.ServiceType == typeof(GraphQLServerOptions));
        services.AddSingleton(provider =>
        {
            var options = (GraphQLServerOptions)registered.ImplementationFactory!(provider);
            options.ExecutionTimeout = timeout;
            return options;
        });
    }

    /// <summary>Awaits (at most 15 s) exactly <paramref name="count"/> writers waiting, woken by each change of the count.</summary>
    private static Task WritersWaitingAsync(TrackerApiFactory server, int count, string what)
    {
        var writeLock = server.Services.GetRequiredService<WriteLock>();
        return Signalled.WaitUntilAsync(
            () => writeLock.NextWaitingChange,
            () => writeLock.Waiting == count,
            () => $"Still not true after 15 seconds: {what} ({writeLock.Waiting} waiting).",
            TimeSpan.FromSeconds(15));
    }

    /// <summary>Reads, the health check and a mutation all work; no connection was left inside a transaction.</summary>
    private async Task AssertRecoveredAsync(TrackerApiFactory server)
    {
        await NoConnectionLeftInTransactionAsync();

        var read = await server.QueryAsync("{ jurisdiction(code: \"MN\") { name } }");
        using var client = server.CreateClient();
        using var health = await client.GetAsync("/healthz");
        var written = await CreateOrganizationAsync(server);

        Assert.Equal("Minnesota", (string)read["data"]!["jurisdiction"]!["name"]!);
        Assert.True(health.IsSuccessStatusCode, await health.Content.ReadAsStringAsync());
        Assert.Contains("\"Healthy\"", await health.Content.ReadAsStringAsync());
        Assert.True(written["errors"] is null, written.ToJsonString());
        Assert.NotNull(written["data"]!["createOrganization"]!["organization"]);
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.Organizations.CountAsync(o => o.Name.StartsWith("Waiting Group")));
    }

    private async Task<JsonObject> CreateOrganizationAsync(TrackerApiFactory server, CancellationToken cancellationToken = default, string? name = null)
    {
        name ??= $"Waiting Group {Interlocked.Increment(ref _created)}";
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new
            {
                query = "mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { slug } errors { message } } }",
                variables = new { input = new { name, kind = "COALITION" } },
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _key);
        using var response = await client.SendAsync(request, cancellationToken);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!.AsObject();
    }

    /// <summary>
    /// Awaits PostgreSQL's report of no connection idle in a transaction, asking every 50 ms for at most 15 s. Asked
    /// on a timer because it is the database server's state, another process: nothing in this one can signal when
    /// the database has seen a ROLLBACK (the server's own side, its connections back in the pool, is checked by the
    /// reads and writes that follow).
    /// </summary>
    private async Task NoConnectionLeftInTransactionAsync()
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (await ConnectionsLeftInTransactionAsync() != 0)
        {
            try
            {
                await Task.Delay(50, limit.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail("Still not true after 15 seconds: no connection is left inside a transaction.");
            }
        }
    }
}

public sealed class PostgresHeldWriteLockTests : HeldWriteLockTests
{
    private readonly PostgresDatabase _database = new();

    /// <summary>A small pool, which gives up quickly when exhausted: a leak shows at once.</summary>
    protected override Dictionary<string, string?> Database()
    {
        var settings = _database.ServerSettings();
        settings["ConnectionStrings:Tracker"] = new NpgsqlConnectionStringBuilder(settings["ConnectionStrings:Tracker"]) { MaxPoolSize = 4, Timeout = 5 }.ConnectionString;
        return settings;
    }

    protected override async Task<IAsyncDisposable> HoldWriteLockAsync(TrackerApiFactory server)
    {
        var connection = new NpgsqlConnection(OwnConnectionString());
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({WriteLock.PostgresLockKey})", connection, transaction))
        {
            await take.ExecuteNonQueryAsync();
        }
        return new Holder(async () =>
        {
            await transaction.CommitAsync();
            await connection.DisposeAsync();
        });
    }

    protected override async Task<int> ConnectionsLeftInTransactionAsync()
    {
        await using var connection = new NpgsqlConnection(OwnConnectionString());
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'",
            connection);
        return Convert.ToInt32(await count.ExecuteScalarAsync());
    }

    protected override async Task DropDatabaseAsync() => await _database.DisposeAsync();

    /// <summary>The test's own connections, outside the server's pool.</summary>
    private string OwnConnectionString() =>
        new NpgsqlConnectionStringBuilder(_database.ServerSettings()["ConnectionStrings:Tracker"]) { Pooling = false }.ConnectionString;
}

public sealed class SqliteHeldWriteLockTests : HeldWriteLockTests
{
    protected override Dictionary<string, string?> Database() => [];

    protected override async Task<IAsyncDisposable> HoldWriteLockAsync(TrackerApiFactory server)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(server.DataFolder, "tracker.db"), Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using (var begin = new SqliteCommand("BEGIN IMMEDIATE", connection))
        {
            await begin.ExecuteNonQueryAsync();
        }
        return new Holder(async () =>
        {
            await using (var commit = new SqliteCommand("COMMIT", connection))
            {
                await commit.ExecuteNonQueryAsync();
            }
            await connection.DisposeAsync();
        });
    }
}

/// <summary>Releases a held lock when disposed.</summary>
internal sealed class Holder(Func<Task> release) : IAsyncDisposable
{
    public async ValueTask DisposeAsync() => await release();
}
