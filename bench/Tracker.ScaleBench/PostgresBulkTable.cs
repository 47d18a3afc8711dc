using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Tracker.ScaleBench;

/// <summary>
/// PostgreSQL: rows are buffered and written with binary COPY, a chunk at a time, ids given by the generator (the
/// identity columns are BY DEFAULT, so explicit ids are allowed; the sequence is moved past them at the end).
/// A connection runs one COPY at a time, so a chunk is written whole before anything else runs; and since a
/// child's rows (a citation) may wait in its buffer while its parent's (the event) wait in theirs, every table
/// opened earlier is flushed first, which keeps foreign keys satisfied.
/// </summary>
internal sealed class PostgresBulkTable : BulkTable
{
    private const int ChunkRows = 20_000;

    private readonly NpgsqlConnection _connection;
    private readonly BulkTables _owner;
    private readonly List<object?[]> _pending = new(ChunkRows);
    private readonly Type[] _storeTypes;
    private readonly string[] _dataTypes;
    private readonly string _copy;
    private long _nextId;

    public PostgresBulkTable(DbContext db, BulkTables owner, Type entity, IReadOnlyList<string> properties)
        : base(db, entity, properties)
    {
        _connection = (NpgsqlConnection)db.Database.GetDbConnection();
        _owner = owner;
        _storeTypes = Properties.Select(p =>
        {
            var mapping = p.GetRelationalTypeMapping();
            var type = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
            return Nullable.GetUnderlyingType(type) ?? type;
        }).ToArray();
        // "character varying(200)" names the type with its facet; COPY wants the type alone.
        _dataTypes = Properties.Select(p => p.GetColumnType().Split('(')[0]).ToArray();
        _copy = $"COPY \"{Table.Name}\" (\"Id\", {QuotedColumns}) FROM STDIN (FORMAT BINARY)";
        using var max = _connection.CreateCommand();
        max.CommandText = $"SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{Table.Name}\"";
        _nextId = Convert.ToInt64(max.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) + 1;
    }

    public override long Insert(params object?[] values)
    {
        var id = _nextId++;
        var row = new object?[values.Length + 1];
        row[0] = checked((int)id);
        for (var i = 0; i < values.Length; i++)
        {
            row[i + 1] = values[i] is { } value && value.GetType() != _storeTypes[i]
                ? Convert.ChangeType(value, _storeTypes[i], System.Globalization.CultureInfo.InvariantCulture)
                : values[i];
        }
        _pending.Add(row);
        if (_pending.Count >= ChunkRows)
        {
            _owner.FlushUpTo(this);
        }
        return id;
    }

    /// <summary>Writes the buffered rows (called by <see cref="BulkTables"/>, parents first).</summary>
    internal void WritePending()
    {
        if (_pending.Count == 0)
        {
            return;
        }
        using (var import = _connection.BeginBinaryImport(_copy))
        {
            // The generator's command timeout (10 minutes), not Npgsql's 30 seconds for a COPY: a chunk may take longer.
            import.Timeout = TimeSpan.FromMinutes(10);
            foreach (var row in _pending)
            {
                import.StartRow();
                import.Write((int)row[0]!, NpgsqlTypes.NpgsqlDbType.Integer);
                for (var i = 1; i < row.Length; i++)
                {
                    if (row[i] is null)
                    {
                        import.WriteNull();
                    }
                    else
                    {
                        import.Write(row[i], _dataTypes[i - 1]);
                    }
                }
            }
            import.Complete();
        }
        _pending.Clear();
    }

    public override void Dispose()
    {
        if (_connection.State != System.Data.ConnectionState.Open)
        {
            // A failed COPY broke the connection: the exception on its way out says why; writing more would hide it.
            return;
        }
        _owner.FlushUpTo(this);
        _owner.Closed(this);
        using var sequence = _connection.CreateCommand();
        sequence.CommandText = $"SELECT setval(pg_get_serial_sequence('\"{Table.Name}\"', 'Id'), (SELECT MAX(\"Id\") FROM \"{Table.Name}\"))";
        sequence.ExecuteNonQuery();
    }
}
