using Microsoft.EntityFrameworkCore;
using Tracker.Data;
using Tracker.Data.Entities;

namespace Tracker.Api.Letters;

/// <summary>One signatory line to add (from the addSignatures mutation or a CSV file).</summary>
public sealed record SignatureRowInput(string PrintedName, SignatoryKind? Kind, string? Name, string? Acronym, string? City, string? State, string? Title, DateOnly? SignedOn);

/// <summary>The existing signatories a row could mean.</summary>
public sealed record SignatoryMatch(IReadOnlyList<Organization> Organizations, IReadOnlyList<Person> People)
{
    public int Count => Organizations.Count + People.Count;
}

/// <summary>
/// Finds who a printed signatory line means: an organisation whose name or one of whose aliases has the same
/// normalised form (case, accents, punctuation ignored), or whose acronym is the line's acronym or whole name
/// (compared by letters and digits, any case: "Q.Z.X." and "qzx" mean QZX);
/// for person rows, a person of the same normalised name. Shared by <c>addSignatures</c> and the CSV import, so
/// both always decide alike.
/// </summary>
public static class SignatoryMatcher
{
    public static async Task<SignatoryMatch> FindAsync(TrackerDbContext db, SignatureRowInput row, CancellationToken cancellationToken)
    {
        var name = row.Name ?? row.PrintedName;
        var normalized = NameNormalizer.Normalize(name);
        if (row.Kind == SignatoryKind.Person)
        {
            var people = await db.People.Where(p => p.NormalizedName == normalized).OrderBy(p => p.Id).ToListAsync(cancellationToken);
            return new SignatoryMatch([], people);
        }
        // An acronym matches only when given, or when the whole name is one word that could be one ("ACLU").
        var acronym = NameNormalizer.AcronymKey(row.Acronym?.Trim() ?? (name.Trim().Length <= 12 && !name.Trim().Contains(' ') ? name.Trim() : null));
        var organizations = await db.Organizations
            .Where(o => o.NormalizedName == normalized
                || o.Aliases.Any(a => a.NormalizedName == normalized)
                || (acronym != null && o.NormalizedAcronym == acronym))
            .OrderBy(o => o.Id)
            .ToListAsync(cancellationToken);
        return new SignatoryMatch(organizations, []);
    }
}
