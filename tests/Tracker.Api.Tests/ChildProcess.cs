using System.Diagnostics;
using System.Reflection;

namespace Tracker.Api.Tests;

/// <summary>
/// Runs a program as an operator would (`dotnet run`, `npm ci`, `node script`), in a folder of the test's choosing,
/// and returns its exit status and both streams. A program still running at its limit is killed with its children
/// and the test fails: a server that starts when it should have refused, or a script waiting for an event that never
/// comes, would otherwise run until the test run is killed.
/// </summary>
internal static class ChildProcess
{
    private static readonly TimeSpan DotnetLimit = TimeSpan.FromMinutes(5);

    public static Task<(int Exit, string Output, string Error)> RunAsync(string folder, string program, IEnumerable<string> arguments, TimeSpan limit)
    {
        var start = new ProcessStartInfo(program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        return RunAsync(folder, start, limit);
    }

    /// <summary>`dotnet` with a command line as written (README's examples are quoted whole).</summary>
    public static Task<(int Exit, string Output, string Error)> RunDotnetAsync(string folder, string commandLine) =>
        RunAsync(folder, new ProcessStartInfo("dotnet", commandLine), DotnetLimit);

    /// <summary>The arguments of `dotnet run` for the tracker's server, built already by the test run.</summary>
    public static string RunTracker(string arguments) =>
        $"run --no-build {Configuration} --project {Path.Combine(Paths.Root, "src", "Tracker.Api")} -- {arguments}";

    /// <summary>
    /// The configuration this test run built (<c>-c Release</c> or Debug), so that <c>dotnet run --no-build</c> runs
    /// the server built with the tests instead of a Debug build that may not exist.
    /// </summary>
    public static string Configuration =>
        $"-c {typeof(ChildProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration}";

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string folder, ProcessStartInfo start, TimeSpan limit)
    {
        start.WorkingDirectory = folder;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{start.FileName} {string.Join(' ', start.ArgumentList.Count > 0 ? start.ArgumentList : [start.Arguments])}` was still running after {limit}: {await error}\n{await output}");
        }
        return (process.ExitCode, await output, await error);
    }
}
