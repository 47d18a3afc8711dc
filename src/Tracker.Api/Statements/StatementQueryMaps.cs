namespace Tracker.Api.Statements;

/// <summary>The schema's StatementFilter/Sort, mapped onto the entity.</summary>
internal static class StatementQueryMaps
{
    public static FilterMap<Statement> Filters { get; } = new FilterMap<Statement>()
        .Named("slug", "kind", "date")
        .Custom<string>("jurisdiction", code => s => s.Jurisdictions.Any(j => j.Code == code))
        .Is("letter", s => s.Letter!.Slug);

    /// <summary>Newest first by default (undated last), as letters are.</summary>
    public static SortMap<Statement> Sorts { get; } = new SortMap<Statement>(s => s.Id, [SortKey<Statement>.Descending(s => s.Date)])
        .Named("date", "kind");

    /// <summary>Statements as lists and loaders read them.</summary>
    public static RecordKind<Statement, StatementModel> Records { get; } = new(TypeNames.Statement, db => db.Statements, s => s.Slug, Filters, Sorts);
}
