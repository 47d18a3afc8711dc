using System.Diagnostics;
using Tracker.Api.Telemetry;
using Tracker.Data.Writes;
using Tracker.GraphQL;
using Tracker.GraphQL.Server.Subscriptions;

namespace Tracker.Api.Mutations;

/// <summary>
/// Runs every mutation the same way: the caller's key is checked first (UNAUTHENTICATED / FORBIDDEN before
/// anything is read), then the work runs in one transaction on a context of its own, after every earlier write
/// (<see cref="WriteLock"/>: first come, first served, for at most its timeout, else <c>WRITE_BUSY</c>); any user
/// error, or a concurrent change caught by the version token, rolls everything back and returns the errors; on
/// success the audit entries are written in the same transaction and the events are published after the commit.
/// Whatever ends the work early (cancellation, the execution timeout, an unexpected exception) rolls back and
/// returns the connection as the transaction and the context are disposed. After a commit the request's DataLoaders
/// are forgotten: a document of several mutations runs them one after another, and each payload must read what its
/// own write left, not a count or a page an earlier payload of the same request loaded.
/// </summary>
public sealed class MutationRunner(IDbContextFactory<TrackerDbContext> factory, WriteLock writeLock, CallerIdentity caller, ITopicEventSender events, TimeProvider clock, ILogger<MutationRunner> logger, WriteLockMetrics writeLockMetrics, DateLimits dates, LoaderRegistry loaders)
{
    public const string WriteBusy = "WRITE_BUSY";

    public async Task<TPayload> RunAsync<TPayload>(
        string mutation,
        object input,
        Func<MutationScope, CancellationToken, Task<TPayload>> work,
        Func<IReadOnlyList<UserErrorModel>, TPayload> failed,
        CancellationToken cancellationToken,
        ApiKeyRole role = ApiKeyRole.Maintainer)
    {
        var maintainer = await caller.RequireAsync(role, cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        // Any failure rolls the whole transaction back, so no save needs a savepoint to fall back to: each was two more
        // statements, and one made with the request's token after the client had gone was logged as an error.
        db.Database.AutoSavepointsEnabled = false;
        var lockRequested = Stopwatch.GetTimestamp();
        await using var transaction = await BeginAsync(db, mutation, cancellationToken);
        writeLockMetrics.Acquired(mutation, lockRequested);
        var scope = new MutationScope(db, maintainer, clock.GetUtcNow().UtcDateTime) { Dates = dates };
        TPayload payload;
        try
        {
            payload = await work(scope, cancellationToken);
            if (scope.Failed)
            {
                await transaction.RollbackAsync();
                return failed(scope.Errors);
            }
            await db.SaveChangesAsync(cancellationToken);
            foreach (var (objectType, objectId, before, after) in scope.Audits)
            {
                db.AuditEntries.Add(new AuditEntry
                {
                    At = scope.Now,
                    KeyName = maintainer.KeyName,
                    Mutation = mutation,
                    ObjectType = objectType,
                    ObjectId = objectId(),
                    Input = MutationScope.ToJson(input),
                    Before = before is null ? null : MutationScope.ToJson(before),
                    After = after() is { } image ? MutationScope.ToJson(image) : null,
                });
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            loaders.Forget();
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync();
            return failed([new ConflictErrorModel("Someone changed this record while your change was being saved. Reload and apply your change again.", ["input", "version"], -1)]);
        }
        catch (DbUpdateException exception) when (exception.IsValueTooLong())
        {
            // Every text is checked against its limit first; this is the net under a check that is missing.
            logger.LogWarning(exception, "{Mutation} reached the database with a text over its column's length", mutation);
            await transaction.RollbackAsync();
            return failed([new ValidationErrorModel("A text in the input is longer than the tracker keeps; shorten it.", ["input"])]);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Writes are serialized, so this takes a writer outside the API (a script on the database); still a
            // conflict the maintainer can resolve by retrying, not a server failure.
            logger.LogWarning(exception, "{Mutation} collided with a concurrent change", mutation);
            await transaction.RollbackAsync();
            return failed([new ConflictErrorModel("Your change collided with another saved at the same moment. Reload and apply your change again.", ["input"], -1)]);
        }
        logger.LogInformation("{Mutation} by {KeyName}", mutation, maintainer.KeyName);
        foreach (var (topic, message) in scope.Events)
        {
            await events.SendAsync(topic, message, CancellationToken.None);
        }
        return payload;
    }

    private async Task<WriteTransaction> BeginAsync(TrackerDbContext db, string mutation, CancellationToken cancellationToken)
    {
        try
        {
            return await writeLock.BeginAsync(db, cancellationToken);
        }
        catch (WriteBusyException exception)
        {
            logger.LogWarning(exception, "{Mutation} gave up waiting for the write lock", mutation);
            throw new GraphQLError(exception.Message, extensions: new Dictionary<string, object?> { ["code"] = WriteBusy });
        }
    }
}
