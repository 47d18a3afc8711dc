using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Tracker.ScaleBench;

/// <summary>
/// Writes generated rows into one entity's table far faster than change tracking. Table and column names come from
/// the EF model, so they follow the migrations; values are given per property name, already in their stored form
/// (enums as names). Rows are in the database once <see cref="Dispose"/> returns (PostgreSQL writes them in chunks).
/// </summary>
internal abstract class BulkTable : IDisposable
{
    protected BulkTable(DbContext db, Type entity, IReadOnlyList<string> properties)
    {
        var entityType = db.Model.FindEntityType(entity) ?? throw new ArgumentException($"{entity.Name} is not mapped.");
        Table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        Properties = properties.Select(p => entityType.FindProperty(p) ?? throw new ArgumentException($"{entity.Name}.{p} is not mapped.")).ToList();
        Columns = Properties.Select(p => p.GetColumnName(Table)!).ToList();
    }

    protected StoreObjectIdentifier Table { get; }

    protected IReadOnlyList<IProperty> Properties { get; }

    protected IReadOnlyList<string> Columns { get; }

    protected string QuotedColumns => string.Join(", ", Columns.Select(c => $"\"{c}\""));

    /// <summary>Adds one row (values in the order of the properties given) and returns its id.</summary>
    public abstract long Insert(params object?[] values);

    public abstract void Dispose();
}
