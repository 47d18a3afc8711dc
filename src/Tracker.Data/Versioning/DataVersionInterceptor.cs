using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Tracker.Data.Versioning;

/// <summary>
/// Moves the <see cref="DataVersion"/> on every committed write made through EF Core, whatever made it (maintainers'
/// mutations, the shell import, the daily status refresh, seeding, migrations, key management): the cache cannot be
/// left stale by a write path that forgot to say so, because no write path says anything.
/// <list type="bullet">
/// <item>A transaction: on PostgreSQL a NOTIFY on <see cref="DataVersion.PostgresChannel"/> inside it (delivered to
/// every instance when it commits, and never if it rolls back); after the commit, this process's version moves.</item>
/// <item>SaveChanges without a transaction: made to open one (EF Core would otherwise save a single statement
/// without), so it is the case above.</item>
/// <item>A statement outside any transaction (ExecuteUpdate, ExecuteDelete, raw SQL): it has committed when it
/// returns; the NOTIFY follows it on the same connection, and the version moves.</item>
/// </list>
/// Commands that only read never move it. Writes that change no public answer (failed key checks, a key's last use)
/// move it too: a needless miss is harmless, and telling them apart would be one more rule to get wrong.
/// </summary>
public sealed class DataVersionInterceptor(DataVersion version) : IDbTransactionInterceptor, ISaveChangesInterceptor, IDbCommandInterceptor
{
    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AlwaysInTransaction(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AlwaysInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (transaction.Connection is NpgsqlConnection connection)
        {
            using var notify = NotifyCommand(connection, transaction);
            notify.ExecuteNonQuery();
        }
        return result;
    }

    public async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (transaction.Connection is NpgsqlConnection connection)
        {
            await using var notify = NotifyCommand(connection, transaction);
            await notify.ExecuteNonQueryAsync(cancellationToken);
        }
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => version.Advance();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        version.Advance();
        return Task.CompletedTask;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        if (command.Transaction is null)
        {
            if (command.Connection is NpgsqlConnection connection)
            {
                using var notify = NotifyCommand(connection, null);
                notify.ExecuteNonQuery();
            }
            version.Advance();
        }
        return result;
    }

    public async ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (command.Transaction is null)
        {
            if (command.Connection is NpgsqlConnection connection)
            {
                await using var notify = NotifyCommand(connection, null);
                await notify.ExecuteNonQueryAsync(cancellationToken);
            }
            version.Advance();
        }
        return result;
    }

    private static void AlwaysInTransaction(DbContext? context)
    {
        if (context is not null)
        {
            context.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        }
    }

    /// <summary>A command of the connection's own (so not seen by EF Core's interceptors, this one included).</summary>
    private static NpgsqlCommand NotifyCommand(NpgsqlConnection connection, DbTransaction? transaction) =>
        new(DataVersion.PostgresNotify, connection, (NpgsqlTransaction?)transaction);
}
