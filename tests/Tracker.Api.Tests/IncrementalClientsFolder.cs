namespace Tracker.Api.Tests;

/// <summary>
/// tests/incremental-clients, its packages installed once per test class with <c>npm ci</c> (the lock file pins
/// them; Node 20 and npm are all a fresh machine needs), and a way to run its Node scripts with a bounded time.
/// </summary>
public sealed class IncrementalClientsFolder : IAsyncLifetime
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(2);

    public string Directory { get; } = Find();

    public async Task InitializeAsync()
    {
        var (exitCode, output, error) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], InstallTimeout);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"npm ci failed in {Directory} ({exitCode}): {error}\n{output}");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public Task<(int Exit, string Output, string Error)> RunNodeAsync(string script, params string[] arguments) =>
        RunAsync("node", [script, .. arguments], ScriptTimeout);

    private Task<(int Exit, string Output, string Error)> RunAsync(string program, IReadOnlyList<string> arguments, TimeSpan timeout) =>
        ChildProcess.RunAsync(Directory, program, arguments, timeout);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "incremental-clients");
            if (File.Exists(Path.Combine(candidate, "package-lock.json")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("tests/incremental-clients was not found above " + AppContext.BaseDirectory);
    }
}
