namespace Tracker.Data.Entities;

/// <summary>
/// The searchable text of one record. The full-text index (FTS5 on SQLite, a tsvector on PostgreSQL) is built
/// over this table by the database itself; the DbContext keeps the rows in step with the records they describe.
/// </summary>
public sealed class SearchDocument
{
    public int Id { get; set; }

    public SearchKind Kind { get; set; }

    public int EntityId { get; set; }

    /// <summary>Weighted above <see cref="Text"/> when ranking: names and titles.</summary>
    public required string Title { get; set; }

    public required string Text { get; set; }
}
