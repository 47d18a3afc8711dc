using System.Runtime.CompilerServices;
using Snapshooter;

namespace Tracker.Api.Tests;

/// <summary>
/// Snapshot assertions through Snapshooter: the first local run writes <c>__snapshots__/NAME.snap</c> beside the
/// tests, later runs compare against it (a mismatch is written to <c>__snapshots__/__mismatch__/</c> to diff).
/// Under CI, test.sh turns on Snapshooter's strict mode (<c>SNAPSHOOTER_STRICT_MODE</c>), so a missing snapshot
/// fails instead of being written and CI never approves a result by itself. To accept a deliberate change, delete
/// the file, run the tests locally and review the diff. Snapshots are named explicitly (not after the test) so that
/// one theory keeps one file per case and renaming a test does not orphan its snapshot.
/// </summary>
internal static class Snapshots
{
    public static void Match(string name, string actual, [CallerFilePath] string callerPath = "") =>
        Snapshooter.Xunit.Snapshot.Match(actual.ReplaceLineEndings("\n").TrimEnd() + "\n", new SnapshotFullName(name + ".snap", Path.GetDirectoryName(callerPath)!));
}
