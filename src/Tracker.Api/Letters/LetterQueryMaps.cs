namespace Tracker.Api.Letters;

/// <summary>The schema's LetterFilter/Sort, mapped onto the entity.</summary>
internal static class LetterQueryMaps
{
    public static FilterMap<Letter> Filters { get; } = new FilterMap<Letter>()
        .Named("slug", "title", "kind", "writtenOn", "deliveredOn")
        .Custom<string>("target", code => l => l.Targets.Any(j => j.Code == code));

    /// <summary>Newest first by default: dashboards list recent letters.</summary>
    public static SortMap<Letter> Sorts { get; } = new SortMap<Letter>(l => l.Id, [SortKey<Letter>.Descending(l => l.WrittenOn)])
        .Named("writtenOn", "title", "kind");

    /// <summary>Letters as lists and loaders read them.</summary>
    public static RecordKind<Letter, LetterModel> Records { get; } = new(TypeNames.Letter, db => db.Letters, l => l.Slug, Filters, Sorts);
}
