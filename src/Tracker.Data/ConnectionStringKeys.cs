namespace Tracker.Data;

/// <summary>Which keys a connection string sets as written, so that a setting written there wins over the server's.</summary>
internal static class ConnectionStringKeys
{
    /// <summary>
    /// Whether <paramref name="connectionString"/> writes any of <paramref name="names"/> (compared without spaces
    /// or case: Npgsql reads <c>Max Auto Prepare</c>, <c>MaxAutoPrepare</c> and <c>max auto prepare</c> alike).
    /// </summary>
    public static bool Sets(string connectionString, params string[] names)
    {
        // The base builder keeps only the keys written; Npgsql's own would report every known key as present.
        var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return written.Keys.Cast<string>().Any(k => k.Replace(" ", "", StringComparison.Ordinal) is var key
            && names.Any(name => key.Equals(name, StringComparison.OrdinalIgnoreCase)));
    }
}
