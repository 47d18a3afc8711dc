namespace Tracker.Api.Record;

/// <summary>
/// Bodies, deportation cases, statements and statistics by type name and key, for <c>node</c> and <c>search</c>
/// (their global ids and search documents name the type as the GraphQL schema does).
/// </summary>
public sealed class RecordNodeLoaders(BodyLoaders bodies, DeportationCaseLoaders cases, StatementLoaders statements, StatisticLoaders statistics)
{
    /// <summary>The type names this class loads.</summary>
    public static IReadOnlyList<string> Types { get; } = [TypeNames.Body, TypeNames.DeportationCase, TypeNames.Statement, TypeNames.Statistic];

    /// <summary>The record, or null when none has the key or the type is not one of <see cref="Types"/>.</summary>
    public async Task<object?> ByTypeAsync(string type, int key) => type switch
    {
        TypeNames.Body => await bodies.ByKeyAsync(key),
        TypeNames.DeportationCase => await cases.ByKeyAsync(key),
        TypeNames.Statement => await statements.ByKeyAsync(key),
        TypeNames.Statistic => await statistics.ByKeyAsync(key),
        _ => null,
    };
}
