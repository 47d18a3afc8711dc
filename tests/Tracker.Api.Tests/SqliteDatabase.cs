using Microsoft.Data.Sqlite;

namespace Tracker.Api.Tests;

/// <summary>
/// A SQLite database of its own for a test class: a data folder that every server started with
/// <see cref="ServerSettings"/> opens (the file the server creates and seeds there), deleted afterwards.
/// </summary>
public sealed class SqliteDatabase : ITestDatabase
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "tracker-tests", Guid.NewGuid().ToString("N"));

    public Dictionary<string, string?> ServerSettings() => new() { ["Tracker:DataFolder"] = _folder };

    public ValueTask DisposeAsync()
    {
        // The pools hold the file open; its folder cannot go while they do.
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
