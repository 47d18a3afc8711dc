using System.Diagnostics;

namespace Tracker.Api.Tests;

/// <summary>
/// The server started as an operator starts it (`dotnet run --project src/Tracker.Api`) on a setting it cannot
/// use: it exits with status 78 and one line naming the setting and the value, with no stack trace. Settings read
/// before the host is built (the database's, the shutdown timeout, a bound limit of the wrong type) and after it
/// (the timeline's) take the same way out.
/// </summary>
public sealed class StartupFailureProcessTests
{
    [Theory]
    [InlineData("Tracker:ShutdownTimeout", "soon")]
    [InlineData("Tracker:Provider", "Oracle")]
    [InlineData("Tracker:Timeline:MaxMonths", "-3")]
    [InlineData("Tracker:Sqlite:CacheSizeKiB", "lots")]
    public async Task A_setting_the_server_cannot_use_ends_the_start_with_one_line_and_status_78(string key, string value)
    {
        var folder = Directory.CreateTempSubdirectory("tracker-start-").FullName;
        try
        {
            var (exit, error) = await StartAsync(folder, $"--{key}={value} --Tracker:DataFolder={Path.Combine(folder, "data")} --urls=http://127.0.0.1:0");

            Assert.True(exit == 78, $"exit {exit}: {error}");
            var lines = error.ReplaceLineEndings("\n").Trim().Split('\n');
            var line = Assert.Single(lines);
            Assert.StartsWith($"Tracker cannot start: {key}", line);
            Assert.Contains($"\"{value}\"", line);
            Assert.DoesNotContain("Unhandled exception", error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int Exit, string Error)> StartAsync(string folder, string arguments)
    {
        var start = new ProcessStartInfo("dotnet", $"run --no-build --project {Path.Combine(Paths.Root, "src", "Tracker.Api")} -- {arguments}")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // A server that started despite the setting would run until killed: that is the failure this test catches.
            process.Kill(entireProcessTree: true);
            throw;
        }
        await output;
        return (process.ExitCode, await error);
    }
}
