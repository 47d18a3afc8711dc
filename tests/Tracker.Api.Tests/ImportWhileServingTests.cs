using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Api.Auth;
using Tracker.Api.Csv;
using Tracker.Api.Messaging;
using Tracker.Api.Shell;

namespace Tracker.Api.Tests;

/// <summary>
/// The shell import run against the database of a running server, as a maintainer runs it: the server's other
/// writers go on between the import's chunks, its subscribers see what the import adds, and the audit log names
/// who ran it. On SQLite the import and the server are two writers of one file; on PostgreSQL they share the
/// advisory write lock and LISTEN/NOTIFY.
/// </summary>
public abstract class ImportWhileServingTests(MaintainerApi api)
{
    /// <summary>The server's own settings (so its database), with the import saving three rows per transaction.</summary>
    private IConfiguration ImportSettings => new ConfigurationBuilder()
        .AddConfiguration(api.Factory.Services.GetRequiredService<IConfiguration>())
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Tracker:Import:ChunkRows"] = "3", ["Tracker:Import:PauseBetweenChunks"] = "00:00:00" })
        .Build();

    protected abstract Task ServerListensAsync();

    [Fact]
    public async Task A_maintainers_mutation_sent_during_an_import_is_saved_between_two_of_its_chunks()
    {
        const string letter = "cambodian-deportation-petitions-2016";
        var file = await WriteAsync(Enumerable.Range(1, 9).Select(i => $"Importing Group {i}"));
        JsonObject? during = null;
        // Once the import has printed its first rows (nothing is printed inside a transaction), a maintainer saves a
        // signature through the server; the import waits meanwhile, so the mutation must not need the import to end.
        var output = new LineHook(line =>
        {
            if (during is null && line.StartsWith("row    1", StringComparison.Ordinal))
            {
                during = Task.Run(() => api.SendAsync(api.OtherMaintainer, "mutation { addSignatures(input: { letter: \"cambodian-deportation-petitions-2016\", signatures: [{ printedName: \"Maintainer Meanwhile\" }] }) { added errors { message } } }"))
                    .WaitAsync(TimeSpan.FromSeconds(90)).GetAwaiter().GetResult();
            }
        });

        var exit = await ShellCommands.RunAsync(["import", "signatures", "--letter", letter, file, "--as", "maria"], ImportSettings, output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.NotNull(during);
        Assert.True(during!["errors"] is null, during.ToJsonString());
        Assert.Equal(1, (int)during["data"]!["addSignatures"]!["added"]!);
        var order = await api.WithDbAsync(db => db.Signatures.Where(s => s.Letter.Slug == letter).OrderBy(s => s.Position).Select(s => s.PrintedName).ToListAsync());
        var meanwhile = order.IndexOf("Maintainer Meanwhile");
        Assert.Equal("Importing Group 3", order[meanwhile - 1]);
        Assert.Equal("Importing Group 4", order[meanwhile + 1]);
    }

    [Fact]
    public async Task A_subscriber_of_the_server_sees_each_signature_the_shell_import_adds_under_the_name_of_who_ran_it()
    {
        const string letter = "petition-obama-end-secure-communities";
        await ServerListensAsync();
        await using var socket = await GraphQLWebSocket.ConnectAsync(api.Factory);
        await socket.SubscribeAsync("s", $"subscription {{ signatureAdded(letter: \"{letter}\") {{ printedName position letter {{ slug }} }} }}", "signatureAdded");
        var file = await WriteAsync(["Subscribed Group One", "Subscribed Group Two", "Subscribed Group One", "Subscribed Group Four"]);

        var exit = await ShellCommands.RunAsync(["import", "signatures", "--letter", letter, file, "--as", "tomas"], ImportSettings, new StringWriter(), new StringWriter());
        var received = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var next = await socket.ReceiveAsync();
            Assert.Equal("next", (string)next["type"]!);
            received.Add((string)next["payload"]!["data"]!["signatureAdded"]!["printedName"]!);
        }

        Assert.Equal(0, exit);
        Assert.Equal(["Subscribed Group One", "Subscribed Group Two", "Subscribed Group Four"], received);
        var audits = await api.WithDbAsync(db => db.AuditEntries.Where(a => a.Mutation == "importSignatures" && a.Input.Contains(letter)).Select(a => a.KeyName).ToListAsync());
        Assert.Equal(["tomas", "tomas"], audits);
    }

    private async Task<string> WriteAsync(IEnumerable<string> printedNames)
    {
        // The server's data folder (deleted with it), which exists only once created when the server runs on PostgreSQL.
        Directory.CreateDirectory(api.Factory.DataFolder);
        var file = Path.Combine(api.Factory.DataFolder, $"import-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(file, ["printed_name", .. printedNames.Select(n => $"\"{n}\"")]);
        return file;
    }
}

public sealed class SqliteImportWhileServingTests(MaintainerApi api) : ImportWhileServingTests(api), IClassFixture<MaintainerApi>
{
    private readonly MaintainerApi _api = api;

    protected override Task ServerListensAsync() => _api.Factory.Services.GetRequiredService<OutboxRelay>().Ready.WaitAsync(TimeSpan.FromSeconds(30));
}

public sealed class PostgresImportWhileServingTests(PostgresMaintainerApi api) : ImportWhileServingTests(api), IClassFixture<PostgresMaintainerApi>
{
    private readonly PostgresMaintainerApi _api = api;

    protected override Task ServerListensAsync() => _api.Factory.Services.GetRequiredService<PostgresTopicBus>().Listening.WaitAsync(TimeSpan.FromSeconds(30));
}
