using System.Linq.Expressions;

namespace Tracker.Api.Statements;

/// <summary>The schema's StatementFilter/Sort, mapped onto the entity.</summary>
internal static class StatementQueryMaps
{
    public static FilterMap<Statement> Filters { get; } = new FilterMap<Statement>()
        .String("slug", s => s.Slug)
        .Enum("kind", s => s.Kind)
        .Date("date", s => s.Date)
        .Custom<string>("jurisdiction", code => s => s.Jurisdictions.Any(j => j.Code == code))
        .Custom<string>("letter", slug => s => s.Letter!.Slug == slug);

    /// <summary>Newest first by default (undated last), as letters are.</summary>
    public static SortMap<Statement> Sorts { get; } = new SortMap<Statement>(s => s.Id, [(Key<Statement, DateOnly?>(s => s.Date), true)])
        .Add("date", s => s.Date)
        .Add("kind", s => s.Kind);

    private static LambdaExpression Key<TEntity, TKey>(Expression<Func<TEntity, TKey>> key) => key;
}
