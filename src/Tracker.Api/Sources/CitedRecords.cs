using System.Linq.Expressions;
using System.Reflection;

namespace Tracker.Api.Sources;

/// <summary>
/// The records <c>attachSource</c> can cite a source on: each node type with the entity behind it and the owner
/// column its citations fill. One table, so a kind added to the record is one line here.
/// </summary>
internal static class CitedRecords
{
    private static readonly Dictionary<string, (Type Entity, Expression<Func<Citation, int?>> Owner)> Kinds = new(StringComparer.Ordinal)
    {
        [TypeNames.StatusEvent] = (typeof(StatusEvent), c => c.StatusEventId),
        [TypeNames.Letter] = (typeof(Letter), c => c.LetterId),
        [TypeNames.Legislation] = (typeof(Legislation), c => c.LegislationId),
        [TypeNames.Organization] = (typeof(Organization), c => c.OrganizationId),
        [TypeNames.Person] = (typeof(Person), c => c.PersonId),
        [TypeNames.Jurisdiction] = (typeof(Jurisdiction), c => c.JurisdictionId),
        [TypeNames.Event] = (typeof(Event), c => c.EventId),
        [TypeNames.Body] = (typeof(Body), c => c.BodyId),
        [TypeNames.DeportationCase] = (typeof(DeportationCase), c => c.DeportationCaseId),
        [TypeNames.Statement] = (typeof(Statement), c => c.StatementId),
        [TypeNames.Statistic] = (typeof(Statistic), c => c.StatisticId),
    };

    public const string Described = "a status event, letter, legislation, organisation, person, jurisdiction, event, body, deportation case, statement or statistic";

    /// <summary>The owner column of citations on the record a global id names, if it names one that exists.</summary>
    public static async Task<Expression<Func<Citation, int?>>?> OwnerAsync(TrackerDbContext db, string type, int key, CancellationToken cancellationToken) =>
        Kinds.TryGetValue(type, out var kind) && await db.FindAsync(kind.Entity, [key], cancellationToken) is not null ? kind.Owner : null;

    /// <summary>Makes the citation the record's.</summary>
    public static void Assign(Citation citation, Expression<Func<Citation, int?>> owner, int key) =>
        ((PropertyInfo)((MemberExpression)owner.Body).Member).SetValue(citation, key);

    /// <summary>The citations of that record: <c>c => owner(c) == key</c>, the key sent as a parameter.</summary>
    public static Expression<Func<Citation, bool>> Of(Expression<Func<Citation, int?>> owner, int key)
    {
        Expression<Func<int?>> captured = () => key;
        return Expression.Lambda<Func<Citation, bool>>(Expression.Equal(owner.Body, captured.Body), owner.Parameters);
    }
}
