namespace Tracker.Api.Tests;

/// <summary>
/// A database of its own for a test class, which several server instances can be started on (their settings from
/// <see cref="ServerSettings"/>), removed when disposed. Lets a test of instances sharing a database run on both
/// providers from one body.
/// </summary>
public interface ITestDatabase : IAsyncDisposable
{
    /// <summary>Settings that start a server on this database (created and migrated by the server itself).</summary>
    Dictionary<string, string?> ServerSettings();
}
