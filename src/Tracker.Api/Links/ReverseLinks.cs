using System.Linq.Expressions;

namespace Tracker.Api.Links;

/// <summary>
/// The reverse links the API lists (issue 11), and the links an event holds in join tables (its letters and
/// legislation, which <c>Letter.events</c> reads from the other side): each is only its query, and
/// <see cref="LinkLoaders"/> reads any of them batched. Dated records list oldest first with the undated last; named
/// ones by name as people read it.
/// </summary>
internal static class ReverseLinks
{
    /// <summary>The people facing deportation a petition is for.</summary>
    public static Link LetterCases { get; } = Link.Of(
        "Letter.cases", db => db.DeportationCases.SelectMany(c => c.Petitions, (c, l) => new { LetterId = l.Id, c.Id, c.NormalizedName }).OrderBy(r => r.NormalizedName).ThenBy(r => r.Id), r => r.LetterId, r => r.Id);

    /// <summary>The events a letter is linked to (announced, reported or delivered at).</summary>
    public static Link LetterEvents { get; } = Link.Of(
        "Letter.events", db => db.Events.SelectMany(e => e.Letters, (e, l) => new { LetterId = l.Id, e.Id, e.StartsOn }).OldestFirst(r => r.StartsOn, r => r.Id), r => r.LetterId, r => r.Id);

    /// <summary>The letters an event is linked to (the other side of <see cref="LetterEvents"/>).</summary>
    public static Link EventLetters { get; } = Link.Of(
        "Event.letters", db => db.Events.SelectMany(e => e.Letters, (e, l) => new { EventId = e.Id, l.Id, l.WrittenOn }).OldestFirst(r => r.WrittenOn, r => r.Id), r => r.EventId, r => r.Id);

    /// <summary>The legislation an event concerns (a hearing's bill), by title as a jurisdiction lists its legislation.</summary>
    public static Link EventLegislation { get; } = Link.Of(
        "Event.legislation", db => db.Events.SelectMany(e => e.Legislation, (e, l) => new { EventId = e.Id, l.Id, l.Title }).OrderBy(r => r.Title).ThenBy(r => r.Id), r => r.EventId, r => r.Id);

    /// <summary>The statements made in or reported by a letter.</summary>
    public static Link LetterStatements { get; } = Link.Of(
        "Letter.statements", db => db.Statements.Where(s => s.LetterId != null).OldestFirst(s => s.Date, s => s.Id), s => s.LetterId!.Value, s => s.Id);

    /// <summary>The statements concerning a jurisdiction.</summary>
    public static Link JurisdictionStatements { get; } = Link.Of(
        "Jurisdiction.statements", db => db.Statements.SelectMany(s => s.Jurisdictions, (s, j) => new { JurisdictionId = j.Id, s.Id, s.Date }).OldestFirst(r => r.Date, r => r.Id), r => r.JurisdictionId, r => r.Id);

    /// <summary>The bodies that are part of a body (a legislature's chambers).</summary>
    public static Link BodyChildren { get; } = Link.Of(
        "Body.children", db => db.Bodies.Where(b => b.ParentId != null).OrderBy(b => b.NormalizedName).ThenBy(b => b.Id), b => b.ParentId!.Value, b => b.Id);

    /// <summary>The people who are officials of a body.</summary>
    public static Link BodyPeople { get; } = Link.Of(
        "Body.people", db => db.People.Where(p => p.BodyId != null).OrderBy(p => p.NormalizedName).ThenBy(p => p.Id), p => p.BodyId!.Value, p => p.Id);

    /// <summary>What a person said or did: the statements naming them as a speaker.</summary>
    public static Link PersonStatements { get; } = Link.Of("Person.statements", Spoken, r => r.PersonId!.Value, r => r.StatementId);

    /// <summary>What an organisation said or did.</summary>
    public static Link OrganizationStatements { get; } = Link.Of("Organization.statements", Spoken, r => r.OrganizationId!.Value, r => r.StatementId);

    /// <summary>What a body said or did.</summary>
    public static Link BodyStatements { get; } = Link.Of("Body.statements", Spoken, r => r.BodyId!.Value, r => r.StatementId);

    /// <summary>Every speaker link with its statement's date, in the statements' order.</summary>
    private static IQueryable<SpokenRow> Spoken(TrackerDbContext db) =>
        db.ActorLinks.Where(a => a.Role == ActorRole.Speaker)
            .Join(db.Statements, a => a.StatementId, s => (int?)s.Id, (a, s) => new SpokenRow { PersonId = a.PersonId, OrganizationId = a.OrganizationId, BodyId = a.BodyId, StatementId = s.Id, Date = s.Date })
            .OldestFirst(r => r.Date, r => r.StatementId);

    /// <summary>Oldest first, the undated last, then by key (as every dated list of the API).</summary>
    private static IOrderedQueryable<TRow> OldestFirst<TRow>(this IQueryable<TRow> rows, Expression<Func<TRow, DateOnly?>> date, Expression<Func<TRow, int>> key)
    {
        var undated = Expression.Lambda<Func<TRow, bool>>(Expression.Equal(date.Body, Expression.Constant(null, typeof(DateOnly?))), date.Parameters);
        return rows.OrderBy(undated).ThenBy(date).ThenBy(key);
    }

    private sealed record SpokenRow
    {
        public int? PersonId { get; init; }

        public int? OrganizationId { get; init; }

        public int? BodyId { get; init; }

        public int StatementId { get; init; }

        public DateOnly? Date { get; init; }
    }
}
