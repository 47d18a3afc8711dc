using System.Diagnostics;

namespace Tracker.Api.Tests;

/// <summary>
/// Runs a `dotnet` command as an operator would, in a folder of the test's choosing, and returns its exit status
/// and both streams. A command still running after five minutes is killed with its children and the test fails:
/// a server that starts when it should have refused would otherwise run until the test run is killed.
/// </summary>
internal static class DotnetProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static async Task<(int Exit, string Output, string Error)> RunAsync(string folder, string arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`dotnet {arguments}` was still running after {Limit.TotalMinutes} minutes.");
        }
        return (process.ExitCode, await output, await error);
    }

    /// <summary>The arguments of `dotnet run` for the tracker's server, built already by the test run.</summary>
    public static string RunTracker(string arguments) =>
        $"run --no-build --project {Path.Combine(Paths.Root, "src", "Tracker.Api")} -- {arguments}";
}
