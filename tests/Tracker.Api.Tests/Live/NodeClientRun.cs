using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace Tracker.Api.Tests.Live;

/// <summary>
/// Runs one of the Node scripts of <c>tests/clients/</c> (the real client libraries, pinned by its lock file) and
/// answers its handshakes: a line <c>{"waitFor": topic, "count": n}</c> is answered once the server has exactly n
/// subscribers on the topic, <c>{"restart": true}</c> once the test restarted the server. The script's last line is
/// its result. Installs the libraries (<c>npm ci</c>) when they are missing or older than the lock file. Bounded.
/// </summary>
internal static class NodeClientRun
{
    public static string Folder { get; } = FindFolder();

    public static async Task EnsureInstalledAsync()
    {
        var installed = Path.Combine(Folder, "node_modules", ".package-lock.json");
        if (File.Exists(installed) && File.GetLastWriteTimeUtc(installed) >= File.GetLastWriteTimeUtc(Path.Combine(Folder, "package-lock.json")))
        {
            return;
        }
        var (code, output, error) = await ChildProcess.RunAsync(Folder, "npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5));
        Assert.True(code == 0, "npm ci failed in tests/clients: " + output + error);
    }

    /// <summary>Runs the script; <paramref name="answer"/> handles each handshake line before "ok" is sent back.</summary>
    public static async Task<JsonObject> RunScriptAsync(string script, string[] arguments, Func<JsonObject, Task> answer, TimeSpan timeout)
    {
        using var process = Process.Start(new ProcessStartInfo("node", [script, .. arguments])
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var errors = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            while (await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
            {
                var message = JsonNode.Parse(line)!.AsObject();
                if (message["results"] is JsonObject results)
                {
                    return results;
                }
                await answer(message);
                await process.StandardInput.WriteLineAsync("ok");
                await process.StandardInput.FlushAsync();
            }
            await process.WaitForExitAsync(deadline.Token);
            throw new InvalidOperationException($"node {script} ended (exit code {process.ExitCode}) without a result: {await errors}");
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"node {script} gave no result within {timeout}.");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>Awaits exactly <paramref name="count"/> subscribers on a topic of the server's bus (30 s at most).</summary>
    public static async Task WaitForSubscribersAsync(TrackerApiFactory factory, string topic, int count)
    {
        var bus = factory.Services.GetRequiredService<Tracker.GraphQL.Server.Subscriptions.InMemoryTopicBus>();
        await Signalled.WaitUntilAsync(
            () => bus.NextSubscriberChange,
            () => bus.SubscriberCount(topic) == count,
            () => $"Expected {count} subscriber(s) on \"{topic}\", found {bus.SubscriberCount(topic)} after 30 s.",
            TimeSpan.FromSeconds(30));
    }

    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "clients");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("tests/clients was not found above " + AppContext.BaseDirectory);
    }
}
