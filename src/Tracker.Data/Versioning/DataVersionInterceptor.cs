using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Tracker.Data.Versioning;

/// <summary>
/// Moves this process's <see cref="DataVersion"/> on every committed write made through EF Core, whatever made it
/// (maintainers' mutations, the shell import, the daily status refresh, seeding, migrations, key management): the
/// cache cannot be left stale by a write path that forgot to say so, because no write path says anything.
/// <list type="bullet">
/// <item>A transaction: the version moves after the commit.</item>
/// <item>SaveChanges without a transaction: made to open one (EF Core would otherwise save a single statement
/// without), so it is the case above.</item>
/// <item>A statement outside any transaction (ExecuteUpdate, ExecuteDelete, raw SQL): it has committed when it
/// returns, and the version moves.</item>
/// </list>
/// Other instances on PostgreSQL hear of a write from the database itself: every table's trigger NOTIFYs
/// <see cref="DataVersion.PostgresChannel"/> when a transaction that wrote to it commits (migration
/// <c>DataVersionTriggers</c>), whoever wrote, so this interceptor sends nothing of its own.
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
            version.Advance();
        }
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (command.Transaction is null)
        {
            version.Advance();
        }
        return ValueTask.FromResult(result);
    }

    private static void AlwaysInTransaction(DbContext? context)
    {
        if (context is not null)
        {
            context.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        }
    }
}
