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
            var (exit, _, error) = await ChildProcess.RunDotnetAsync(folder, ChildProcess.RunTracker($"--{key}={value} --Tracker:DataFolder={Path.Combine(folder, "data")} --urls=http://127.0.0.1:0"));

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
}
