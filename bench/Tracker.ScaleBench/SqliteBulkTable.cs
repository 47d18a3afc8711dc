using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Tracker.ScaleBench;

/// <summary>SQLite: one prepared INSERT per row in the caller's transaction (SQLite has no bulk protocol to gain from).</summary>
internal sealed class SqliteBulkTable : BulkTable
{
    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;

    public SqliteBulkTable(DbContext db, Type entity, IReadOnlyList<string> properties)
        : base(db, entity, properties)
    {
        _command = db.Database.GetDbConnection().CreateCommand();
        _command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        _command.CommandText = $"INSERT INTO \"{Table.Name}\" ({QuotedColumns}) VALUES ({string.Join(", ", Columns.Select((_, i) => $"@p{i}"))}) RETURNING \"Id\"";
        _parameters = Columns.Select((_, i) =>
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            _command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        _command.Prepare();
    }

    public override long Insert(params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }
        return (long)_command.ExecuteScalar()!;
    }

    public override void Dispose() => _command.Dispose();
}
