using Microsoft.EntityFrameworkCore;
using Tracker.Data.Entities;

namespace Tracker.Data.Search;

/// <summary>
/// Keeps <see cref="SearchDocument"/> rows in step with the records they describe: after a save touches an
/// organisation (or its aliases), a person, a letter (or its addressees), a jurisdiction, a body (or its aliases),
/// an event, a case, a statement or a statistic, its document is rewritten from the database. Runs inside the
/// save's transaction, so the index never disagrees with the data. Everything a reader might type is indexed:
/// names, notes, the printed addressees and cc lists, places, the words of statements.
/// </summary>
internal static class SearchDocumentWriter
{
    /// <summary>Entities added in this save get their ids only once saved; read them again afterwards.</summary>
    public static IReadOnlyList<object> Pending(TrackerDbContext db) =>
        db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity)
            .Where(e => e is Organization or OrganizationAlias or Person or Letter or LetterAddressee or Jurisdiction
                or Body or BodyAlias or Event or DeportationCase or Statement or Statistic)
            .ToList();

    public static HashSet<(SearchKind Kind, int Id)> KeysOf(IEnumerable<object> entities)
    {
        var keys = new HashSet<(SearchKind, int)>();
        foreach (var entity in entities)
        {
            switch (entity)
            {
                case Organization o: keys.Add((SearchKind.Organization, o.Id)); break;
                case OrganizationAlias a: keys.Add((SearchKind.Organization, a.OrganizationId)); break;
                case Person p: keys.Add((SearchKind.Person, p.Id)); break;
                case Letter l: keys.Add((SearchKind.Letter, l.Id)); break;
                case LetterAddressee a: keys.Add((SearchKind.Letter, a.LetterId)); break;
                case Jurisdiction j: keys.Add((SearchKind.Jurisdiction, j.Id)); break;
                case Body b: keys.Add((SearchKind.Body, b.Id)); break;
                case BodyAlias a: keys.Add((SearchKind.Body, a.BodyId)); break;
                case Event e: keys.Add((SearchKind.Event, e.Id)); break;
                case DeportationCase c: keys.Add((SearchKind.DeportationCase, c.Id)); break;
                case Statement st: keys.Add((SearchKind.Statement, st.Id)); break;
                case Statistic st: keys.Add((SearchKind.Statistic, st.Id)); break;
            }
        }
        return keys;
    }

    /// <summary>
    /// How many records one refresh statement names. EF Core 10 sends a list's values as one parameter each, and
    /// SQLite refuses a statement with more than 32,766 parameters: a migration that clears every document of a
    /// 1,000,000-signature database leaves over 100,000 to write again at start.
    /// </summary>
    internal const int RefreshBatchSize = 1_000;

    /// <summary>Rewrites the documents of these records (deleting those of records that no longer exist).</summary>
    public static async Task RefreshAsync(TrackerDbContext db, IReadOnlyCollection<(SearchKind Kind, int Id)> keys, CancellationToken cancellationToken)
    {
        foreach (var group in keys.GroupBy(k => k.Kind))
        foreach (var batch in group.Chunk(RefreshBatchSize))
        {
            var kind = group.Key;
            var ids = batch.Select(k => k.Id).ToList();
            var documents = await BuildAsync(db, kind, ids, cancellationToken);
            var existing = await db.Set<SearchDocument>().Where(d => d.Kind == kind && ids.Contains(d.EntityId)).ToListAsync(cancellationToken);
            var byEntity = existing.ToDictionary(d => d.EntityId);
            foreach (var document in documents)
            {
                if (byEntity.Remove(document.EntityId, out var current))
                {
                    current.Title = document.Title;
                    current.Text = document.Text;
                }
                else
                {
                    db.Add(document);
                }
            }
            db.RemoveRange(byEntity.Values);
        }
    }

    /// <summary>The documents of records of one kind, read from the database.</summary>
    public static async Task<List<SearchDocument>> BuildAsync(TrackerDbContext db, SearchKind kind, IReadOnlyList<int> ids, CancellationToken cancellationToken) => kind switch
    {
        SearchKind.Organization => (await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id))
                .Select(o => new { o.Id, o.Name, o.Acronym, o.City, o.Notes, Aliases = o.Aliases.Select(a => a.Name).ToList() }).ToListAsync(cancellationToken))
            .Select(o => Document(kind, o.Id, o.Name, [o.Acronym, o.City, .. o.Aliases, o.Notes])).ToList(),
        SearchKind.Person => (await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
                .Select(p => new { p.Id, p.Name, p.Title, p.PostNominals, p.Affiliation, p.Notes }).ToListAsync(cancellationToken))
            .Select(p => Document(kind, p.Id, p.Name, [p.Title, p.PostNominals, p.Affiliation, p.Notes])).ToList(),
        SearchKind.Letter => (await db.Letters.AsNoTracking().Where(l => ids.Contains(l.Id))
                .Select(l => new { l.Id, l.Title, l.Body, l.Notes, l.SignatureCountNote, Addressees = l.Addressees.OrderBy(a => a.Role).ThenBy(a => a.Position).Select(a => a.Name).ToList() })
                .ToListAsync(cancellationToken))
            .Select(l => Document(kind, l.Id, l.Title, [l.Body, .. l.Addressees, l.Notes, l.SignatureCountNote])).ToList(),
        SearchKind.Jurisdiction => (await db.Jurisdictions.AsNoTracking().Where(j => ids.Contains(j.Id))
                .Select(j => new { j.Id, j.Name, j.Code, j.PostalCode }).ToListAsync(cancellationToken))
            .Select(j => Document(kind, j.Id, j.Name, [j.Code, j.PostalCode])).ToList(),
        SearchKind.Body => (await db.Bodies.AsNoTracking().Where(b => ids.Contains(b.Id))
                .Select(b => new { b.Id, b.Name, b.Acronym, b.Address, b.Notes, Aliases = b.Aliases.Select(a => a.Name).ToList() }).ToListAsync(cancellationToken))
            .Select(b => Document(kind, b.Id, b.Name, [b.Acronym, .. b.Aliases, b.Address, b.Notes])).ToList(),
        SearchKind.Event => (await db.Events.AsNoTracking().Where(e => ids.Contains(e.Id))
                .Select(e => new { e.Id, e.Title, e.Description, e.PlaceName, e.Address, e.Notes }).ToListAsync(cancellationToken))
            .Select(e => Document(kind, e.Id, e.Title, [e.Description, e.PlaceName, e.Address, e.Notes])).ToList(),
        SearchKind.DeportationCase => (await db.DeportationCases.AsNoTracking().Where(c => ids.Contains(c.Id))
                .Select(c => new { c.Id, c.Name, c.Community, c.Situation, c.Notes }).ToListAsync(cancellationToken))
            .Select(c => Document(kind, c.Id, c.Name, [c.Community, c.Situation, c.Notes])).ToList(),
        // A statement's title is who spoke (the weighted field); unattributed ones are titled by their slug.
        SearchKind.Statement => (await db.Statements.AsNoTracking().Where(st => ids.Contains(st.Id))
                .Select(st => new { st.Id, st.Slug, st.SpeakerName, st.Text, st.Notes }).ToListAsync(cancellationToken))
            .Select(st => Document(kind, st.Id, st.SpeakerName ?? st.Slug, [st.Text, st.Notes])).ToList(),
        SearchKind.Statistic => (await db.Statistics.AsNoTracking().Where(st => ids.Contains(st.Id))
                .Select(st => new { st.Id, st.ValueText, st.Counts, st.Passage, st.AttributedToName, st.Basis, st.Notes }).ToListAsync(cancellationToken))
            .Select(st => Document(kind, st.Id, st.Counts, [st.ValueText, st.Passage, st.AttributedToName, st.Basis, st.Notes])).ToList(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>
    /// A document as both engines index it: folded to ASCII (AnyAscii), so "Comite" finds "Comité" on PostgreSQL
    /// as on SQLite, whose tokenizer folds accents by itself. The documents are only searched, never shown.
    /// </summary>
    public static SearchDocument Document(SearchKind kind, int id, string title, IEnumerable<string?> text) => new()
    {
        Kind = kind,
        EntityId = id,
        Title = AnyAscii.Transliteration.Transliterate(title),
        Text = AnyAscii.Transliteration.Transliterate(string.Join(" \n", text.Where(t => !string.IsNullOrWhiteSpace(t)))),
    };
}
