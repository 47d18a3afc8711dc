using Microsoft.EntityFrameworkCore;

namespace Tracker.Data;

/// <summary>
/// Fills the normalised names a migration cleared because <see cref="NameNormalizer"/> changed (as when accents
/// began to be folded): the rows are found through the index on the column, so a start with nothing to do costs
/// three index lookups.
/// </summary>
public static class NormalizedNames
{
    public static async Task<int> FillAsync(TrackerDbContext db, CancellationToken cancellationToken = default)
    {
        var filled = 0;
        foreach (var organization in await db.Organizations.Where(o => o.NormalizedName == "").ToListAsync(cancellationToken))
        {
            organization.NormalizedName = NameNormalizer.Normalize(organization.Name);
            filled++;
        }
        foreach (var person in await db.People.Where(p => p.NormalizedName == "").ToListAsync(cancellationToken))
        {
            person.NormalizedName = NameNormalizer.Normalize(person.Name);
            filled++;
        }
        foreach (var alias in await db.OrganizationAliases.Where(a => a.NormalizedName == "").ToListAsync(cancellationToken))
        {
            alias.NormalizedName = NameNormalizer.Normalize(alias.Name);
            filled++;
        }
        foreach (var organization in await db.Organizations.Where(o => o.NormalizedAcronym == null && o.Acronym != null).ToListAsync(cancellationToken))
        {
            organization.NormalizedAcronym = NameNormalizer.AcronymKey(organization.Acronym);
            filled++;
        }
        await db.SaveChangesAsync(cancellationToken);
        // Search documents a migration cleared (written before they were folded to ASCII) are written again.
        var stale = await db.SearchDocuments.Where(d => d.Title == "").Select(d => new { d.Kind, d.EntityId }).ToListAsync(cancellationToken);
        if (stale.Count > 0)
        {
            await Search.SearchDocumentWriter.RefreshAsync(db, stale.Select(d => (d.Kind, d.EntityId)).ToList(), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            filled += stale.Count;
        }
        return filled;
    }
}
