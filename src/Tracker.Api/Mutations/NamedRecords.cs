namespace Tracker.Api.Mutations;

/// <summary>Renaming a record found by its name (organisations, people, bodies, deportation cases).</summary>
public static class NamedRecords
{
    /// <summary>
    /// The name given, checked as a name (<see cref="InputChecks.Name{TRecord}"/>), with its normalised form; a name
    /// refused keeps the old one (the mutation then fails and saves nothing).
    /// </summary>
    public static void Rename<TRecord>(this MutationScope scope, TRecord record, string? given, string field = "name")
        where TRecord : class, INamedRecord
    {
        record.Name = scope.Name<TRecord>(given, r => r.Name, field) ?? record.Name;
        record.NormalizedName = NameNormalizer.Normalize(record.Name);
    }
}
