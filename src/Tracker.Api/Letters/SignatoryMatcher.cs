namespace Tracker.Api.Letters;

/// <summary>
/// Finds who a printed signatory line means: an organisation whose name or one of whose aliases has the same
/// normalised form (case, accents, punctuation ignored), or whose acronym is the line's acronym or whole name
/// (compared by letters and digits, any case: "Q.Z.X." and "qzx" mean QZX);
/// for person rows, a person of the same normalised name. Shared by <c>addSignatures</c> and the CSV import, so
/// both always decide alike.
/// <para>
/// The candidates of a whole batch of rows are read at once (<see cref="LoadAsync"/>: a few queries per
/// <see cref="KeysPerQuery"/> names, whatever the number of rows), and each row is then matched in memory, so
/// matching N rows costs time in proportion to N rather than a round trip (or a scan) per row.
/// </para>
/// </summary>
public static class SignatoryMatcher
{
    /// <summary>Names per lookup query: well under every provider's limit on parameters.</summary>
    private const int KeysPerQuery = 500;

    /// <summary>The normalised name a row is matched and filed by.</summary>
    public static string NameKey(SignatureRowInput row) => NameNormalizer.Normalize(row.Name ?? row.PrintedName);

    /// <summary>
    /// The acronym an organisation row matches by: the one given, or the whole name when it is one word that could
    /// be one ("ACLU"); null for person rows and when there is none.
    /// </summary>
    public static string? AcronymKey(SignatureRowInput row)
    {
        if (row.Kind == SignatoryKind.Person)
        {
            return null;
        }
        var name = (row.Name ?? row.PrintedName).Trim();
        return NameNormalizer.AcronymKey(row.Acronym?.Trim() ?? (name.Length <= 12 && !name.Contains(' ') ? name : null));
    }

    /// <summary>Reads every existing signatory any of these rows could mean (tracked, so new signatures can refer to them).</summary>
    public static async Task<SignatoryIndex> LoadAsync(TrackerDbContext db, IEnumerable<SignatureRowInput> rows, CancellationToken cancellationToken)
    {
        var organizationNames = new HashSet<string>(StringComparer.Ordinal);
        var acronyms = new HashSet<string>(StringComparer.Ordinal);
        var personNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Kind == SignatoryKind.Person)
            {
                personNames.Add(NameKey(row));
                continue;
            }
            organizationNames.Add(NameKey(row));
            if (AcronymKey(row) is { } acronym)
            {
                acronyms.Add(acronym);
            }
        }
        var index = new SignatoryIndex();
        foreach (var names in organizationNames.Chunk(KeysPerQuery))
        {
            var aliases = await db.OrganizationAliases.AsNoTracking().Where(a => names.Contains(a.NormalizedName))
                .Select(a => new { a.OrganizationId, a.NormalizedName }).ToListAsync(cancellationToken);
            var ids = aliases.Select(a => a.OrganizationId).Distinct().ToList();
            var organizations = await db.Organizations.Where(o => names.Contains(o.NormalizedName) || ids.Contains(o.Id)).ToListAsync(cancellationToken);
            var byId = organizations.ToDictionary(o => o.Id);
            foreach (var organization in organizations)
            {
                index.Add(organization);
            }
            foreach (var alias in aliases)
            {
                index.AddAlias(byId[alias.OrganizationId], alias.NormalizedName);
            }
        }
        foreach (var keys in acronyms.Chunk(KeysPerQuery))
        {
            foreach (var organization in await db.Organizations.Where(o => o.NormalizedAcronym != null && keys.Contains(o.NormalizedAcronym)).ToListAsync(cancellationToken))
            {
                index.Add(organization);
            }
        }
        foreach (var names in personNames.Chunk(KeysPerQuery))
        {
            foreach (var person in await db.People.Where(p => names.Contains(p.NormalizedName)).ToListAsync(cancellationToken))
            {
                index.Add(person);
            }
        }
        return index;
    }
}
