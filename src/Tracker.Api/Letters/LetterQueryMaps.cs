namespace Tracker.Api.Letters;

/// <summary>The schema's LetterFilter/Sort, mapped onto the entity.</summary>
internal static class LetterQueryMaps
{
    public static FilterMap<Letter> Filters { get; } = new FilterMap<Letter>()
        .String("slug", l => l.Slug)
        .String("title", l => l.Title)
        .Enum("kind", l => l.Kind)
        .Date("writtenOn", l => l.WrittenOn)
        .Date("deliveredOn", l => l.DeliveredOn)
        .Custom<string>("target", code => l => l.Targets.Any(j => j.Code == code));

    /// <summary>Newest first by default: dashboards list recent letters.</summary>
    public static SortMap<Letter> Sorts { get; } = new SortMap<Letter>(l => l.Id, [SortKey<Letter>.Descending(l => l.WrittenOn)])
        .Add("writtenOn", l => l.WrittenOn)
        .Add("title", l => l.Title)
        .Add("kind", l => l.Kind);

    /// <summary>Letters as lists and loaders read them.</summary>
    public static RecordKind<Letter, LetterModel> Records { get; } = new(TypeNames.Letter, db => db.Letters, l => l.Slug, Filters, Sorts);
}
