using System.Runtime.CompilerServices;

namespace Tracker.Api.Mutations;

/// <summary>
/// The skeleton every record mutation shares, written once: run in the <see cref="MutationRunner"/> (key check,
/// one serialised transaction), build or change the record, stop at the first user error with nothing saved, save,
/// audit (before and after images, in the schema's model) and answer with the saved record. The mutation's schema
/// name comes from the calling resolver method (<see cref="CallerMemberNameAttribute"/>), the audited type name from
/// the entity class.
/// </summary>
public sealed class RecordMutations(MutationRunner runner, TypeAdapterConfig mapping)
{
    /// <summary>The payload of a mutation on one record: the record as the API reads it, or the errors.</summary>
    public delegate TPayload Payload<in TModel, out TPayload>(TModel? model, IReadOnlyList<UserErrorModel> errors);

    /// <summary>Any mutation: <paramref name="work"/> in the runner, the payload of <paramref name="failed"/> on user errors.</summary>
    public Task<TPayload> RunAsync<TPayload>(
        object input,
        Func<MutationScope, CancellationToken, Task<TPayload>> work,
        Func<IReadOnlyList<UserErrorModel>, TPayload> failed,
        CancellationToken cancellationToken,
        [CallerMemberName] string method = "") =>
        runner.RunAsync(MutationNames.Of(method), input, work, failed, cancellationToken);

    /// <summary>
    /// Creates the record <paramref name="build"/> returns (null or any error: nothing is saved); <paramref name="saved"/>,
    /// if given, sees the record as saved (to publish it once committed).
    /// </summary>
    public Task<TPayload> CreateAsync<TRecord, TModel, TPayload>(
        object input,
        Func<MutationScope, CancellationToken, Task<TRecord?>> build,
        Payload<TModel, TPayload> payload,
        CancellationToken cancellationToken,
        Action<MutationScope, TModel>? saved = null,
        [CallerMemberName] string method = "")
        where TRecord : Tracked
        where TModel : class =>
        RunAsync(input, async (scope, ct) =>
        {
            var record = await build(scope, ct);
            if (record is null || scope.Failed)
            {
                return payload(null, []);
            }
            scope.Db.Add(record);
            return await SaveAsync(scope, record, before: null, payload, saved, ct);
        }, errors => payload(null, errors), cancellationToken, method);

    /// <summary>
    /// Changes the record the input names, if it is still at the version the maintainer read: <paramref name="load"/>
    /// completes it (collections the model shows), then <paramref name="change"/> applies the input to it. A change
    /// that leaves the record as it was answers it as read: same version, no audit, nothing published (<see cref="UnchangedUpdates"/>).
    /// </summary>
    public Task<TPayload> UpdateAsync<TRecord, TModel, TPayload>(
        IUpdateInput input,
        Func<MutationScope, TRecord, CancellationToken, Task> change,
        Payload<TModel, TPayload> payload,
        CancellationToken cancellationToken,
        Func<MutationScope, TRecord, CancellationToken, Task>? load = null,
        Action<MutationScope, TModel>? saved = null,
        [CallerMemberName] string method = "")
        where TRecord : Tracked
        where TModel : class =>
        ChangeAsync<TRecord, TModel, TPayload>(input, async (scope, record, before, ct) =>
        {
            await change(scope, record, ct);
            if (scope.Failed)
            {
                return payload(null, []);
            }
            return scope.DiscardedAsUnchanged(record) ? payload(before, []) : await SaveAsync(scope, record, before, payload, saved, ct);
        }, errors => payload(null, errors), cancellationToken, load, method);

    /// <summary>
    /// The first half of an update, for mutations that finish their own way: the current record (or a not-found or
    /// conflict error) and its before-image, the record as the maintainer read it.
    /// </summary>
    public Task<TPayload> ChangeAsync<TRecord, TModel, TPayload>(
        IUpdateInput input,
        Func<MutationScope, TRecord, TModel, CancellationToken, Task<TPayload>> change,
        Func<IReadOnlyList<UserErrorModel>, TPayload> failed,
        CancellationToken cancellationToken,
        Func<MutationScope, TRecord, CancellationToken, Task>? load = null,
        [CallerMemberName] string method = "")
        where TRecord : Tracked
        where TModel : class =>
        RunAsync(input, async (scope, ct) =>
        {
            var record = await scope.FindAsync<TRecord>(input.Id, typeof(TRecord).Name, "id", ct);
            if (record is null)
            {
                return failed([]);
            }
            if (load is not null)
            {
                await load(scope, record, ct);
            }
            // Taken before IsCurrent moves the version on: the before-image carries the version the maintainer read.
            var before = record.Adapt<TModel>(mapping);
            return scope.IsCurrent(record, input.Version) ? await change(scope, record, before, ct) : failed([]);
        }, failed, cancellationToken, method);

    /// <summary>Saves, so new rows have their ids, then audits and answers with the record as saved.</summary>
    private async Task<TPayload> SaveAsync<TRecord, TModel, TPayload>(MutationScope scope, TRecord record, TModel? before, Payload<TModel, TPayload> payload, Action<MutationScope, TModel>? saved, CancellationToken cancellationToken)
        where TRecord : Tracked
        where TModel : class
    {
        await scope.Db.SaveChangesAsync(cancellationToken);
        var after = record.Adapt<TModel>(mapping);
        scope.Audit(typeof(TRecord).Name, () => record.Id, before, () => after);
        saved?.Invoke(scope, after);
        return payload(after, []);
    }
}
