namespace Tracker.Api.Organizations;

/// <summary>
/// Slugs for many new signatories made in one batch, chosen as <see cref="OrganizationWrites.FreeSlugAsync"/>
/// chooses one (the slug itself, else "-2", "-3"... the first that no organisation or person has), without a save
/// or a query per record: whether the wanted slugs are taken is read at once, slugs given out are remembered, and
/// only a taken slug's numbered alternatives are looked up one by one.
/// </summary>
internal sealed class FreeSlugs
{
    private const int SlugsPerQuery = 500;

    private readonly TrackerDbContext _db;
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly HashSet<string> _free = new(StringComparer.Ordinal);

    private FreeSlugs(TrackerDbContext db) => _db = db;

    /// <summary>Reads which of these slugs (the ones the batch may want) are taken.</summary>
    public static async Task<FreeSlugs> LoadAsync(TrackerDbContext db, IEnumerable<string> wanted, CancellationToken cancellationToken)
    {
        var slugs = new FreeSlugs(db);
        foreach (var chunk in wanted.Distinct(StringComparer.Ordinal).Chunk(SlugsPerQuery))
        {
            slugs._taken.UnionWith(await db.Organizations.Where(o => chunk.Contains(o.Slug)).Select(o => o.Slug).ToListAsync(cancellationToken));
            slugs._taken.UnionWith(await db.People.Where(p => chunk.Contains(p.Slug)).Select(p => p.Slug).ToListAsync(cancellationToken));
            slugs._free.UnionWith(chunk.Where(s => !slugs._taken.Contains(s)));
        }
        return slugs;
    }

    /// <summary>The first free form of this slug, now taken by the caller.</summary>
    public async Task<string> TakeAsync(string slug, CancellationToken cancellationToken)
    {
        var candidate = slug;
        for (var n = 2; await IsTakenAsync(candidate, cancellationToken); n++)
        {
            candidate = $"{slug}-{n}";
        }
        _taken.Add(candidate);
        _free.Remove(candidate);
        return candidate;
    }

    private async Task<bool> IsTakenAsync(string slug, CancellationToken cancellationToken)
    {
        if (_taken.Contains(slug))
        {
            return true;
        }
        if (_free.Contains(slug))
        {
            return false;
        }
        var taken = await _db.Organizations.AnyAsync(o => o.Slug == slug, cancellationToken) || await _db.People.AnyAsync(p => p.Slug == slug, cancellationToken);
        (taken ? _taken : _free).Add(slug);
        return taken;
    }
}
