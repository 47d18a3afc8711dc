using Tracker.Data.Entities;

namespace Tracker.Data.Search;

/// <summary>Full-text search over every kind of record (<see cref="SearchKind"/>), best matches first.</summary>
public interface ISearchIndex
{
    /// <summary>
    /// Finds records matching every word of <paramref name="text"/> (each as a prefix). Any text is accepted:
    /// punctuation and query-syntax characters are ignored, and text without words finds nothing. With
    /// <paramref name="kinds"/>, only records of those kinds are found (the API asks only for kinds it can show).
    /// </summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int limit, CancellationToken cancellationToken, IReadOnlyCollection<SearchKind>? kinds = null);

    /// <summary>The same on a context the caller holds (a request's shared one, <see cref="Reads.RequestDatabase"/>).</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(TrackerDbContext db, string text, int limit, CancellationToken cancellationToken, IReadOnlyCollection<SearchKind>? kinds = null);
}
