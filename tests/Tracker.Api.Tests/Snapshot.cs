using System.Runtime.CompilerServices;

namespace Tracker.Api.Tests;

/// <summary>
/// Snapshot assertions without a snapshot library (none is available here): the first run writes
/// <c>__snapshots__/NAME.snap</c> beside the tests, later runs compare against it. Under CI a missing snapshot
/// fails instead of being written, so CI never approves a result by itself. To accept a deliberate change,
/// delete the file and run the tests locally, then review the diff.
/// </summary>
public static class Snapshot
{
    public static void Match(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerPath)!, "__snapshots__");
        var path = Path.Combine(directory, name + ".snap");
        var normalized = actual.ReplaceLineEndings("\n").TrimEnd() + "\n";
        if (!File.Exists(path))
        {
            if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
            {
                Assert.Fail($"Snapshot {name} is missing and CI does not write snapshots. Run the tests locally and commit {path}.");
            }
            Directory.CreateDirectory(directory);
            File.WriteAllText(path, normalized);
            return;
        }
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.Equal(expected, normalized);
    }
}
