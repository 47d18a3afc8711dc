using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Tracker.Api.Mutations;

/// <summary>
/// An update that changes nothing (only <c>id</c> and <c>version</c>, or fields equal to what is stored) is answered
/// with the record as it is, keeps its version, and is neither audited nor published: moving the version would send
/// everyone who read it into a conflict for nothing, and the audit log is a log of changes. What the update changed
/// is what EF Core's change tracker finds, so no kind has to say which of its fields differ; a list given again as
/// it was (aliases, actors), which the update replaces by new rows, counts as unchanged when every row removed has
/// an added twin with the same values.
/// </summary>
public static class UnchangedUpdates
{
    /// <summary>
    /// True, with every pending change discarded, when the changes tracked since the record was read leave the
    /// database as it was, apart from the version <see cref="MutationScope.IsCurrent"/> moved on.
    /// </summary>
    public static bool DiscardedAsUnchanged(this MutationScope scope, Tracked record)
    {
        if (!ChangesNothing(scope.Db.ChangeTracker, record))
        {
            return false;
        }
        scope.Db.ChangeTracker.Clear();
        return true;
    }

    private static bool ChangesNothing(ChangeTracker tracker, Tracked record)
    {
        tracker.DetectChanges();
        var added = new List<EntityEntry>();
        var removed = new List<EntityEntry>();
        foreach (var entry in tracker.Entries())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    added.Add(entry);
                    break;
                case EntityState.Deleted:
                    removed.Add(entry);
                    break;
                case EntityState.Modified when entry.Properties.Any(p => p.IsModified && !IsVersionOf(record, entry, p) && !Same(p.Metadata, p.OriginalValue, p.CurrentValue)):
                    return false;
            }
        }
        foreach (var row in added)
        {
            var twin = removed.FindIndex(old => old.Metadata == row.Metadata && Compared(row.Metadata).All(p => Same(p, old.Property(p).OriginalValue, row.Property(p).CurrentValue)));
            if (twin < 0)
            {
                return false;
            }
            removed.RemoveAt(twin);
        }
        return removed.Count == 0;
    }

    private static bool IsVersionOf(Tracked record, EntityEntry entry, PropertyEntry property) =>
        ReferenceEquals(entry.Entity, record) && property.Metadata.Name == nameof(Tracked.Version);

    /// <summary>
    /// What a row holds, less what the database or the save gives it: a generated key (a new row has a temporary
    /// one) and a tracked record's bookkeeping (stamped on save). A link table's key is its foreign keys, so compared.
    /// </summary>
    private static IEnumerable<IProperty> Compared(IEntityType type) =>
        type.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never) && p.PropertyInfo?.DeclaringType != typeof(Tracked));

    private static bool Same(IProperty property, object? stored, object? given) => property.GetValueComparer().Equals(stored, given);
}
