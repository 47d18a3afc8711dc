using System.Runtime.CompilerServices;

namespace Tracker.Api.Mutations;

/// <summary>
/// The create and update mutations of a <see cref="WritableKind{TRecord, TModel, TFields, TPayload}"/>, on the <see cref="RecordMutations"/>
/// skeleton: a new record gets a slug no other of its kind has and its sources, then the fields; an update names
/// the record and the version read, then the fields given. A kind with a topic is published after the commit.
/// A <see cref="MutableKind{TRecord, TModel, TPayload}"/>'s mutations run on the same skeleton, each with its own rule.
/// </summary>
public sealed class RecordKindWrites(RecordMutations mutations)
{
    public Task<TPayload> CreateAsync<TRecord, TFields, TInput, TModel, TPayload>(
        WritableKind<TRecord, TModel, TFields, TPayload> kind, TInput input, CancellationToken cancellationToken, [CallerMemberName] string method = "")
        where TRecord : Tracked
        where TInput : TFields, ICreateInput
        where TModel : SluggedModel =>
        mutations.CreateAsync<TRecord, TModel, TPayload>(input, async (scope, ct) =>
        {
            var slug = await scope.NewSlugAsync(kind.Read.Table(scope.Db), input.Slug, kind.Read.Slug, kind.Holder, ct);
            var record = kind.New(slug ?? "", await scope.ResolveAsync(input.Sources, kind.SourcesRequired, ct));
            await kind.Apply(scope, record, input, ct);
            return record;
        }, kind.Payload, cancellationToken, Published<TModel>(kind.Topic), method);

    public Task<TPayload> UpdateAsync<TRecord, TFields, TInput, TModel, TPayload>(
        WritableKind<TRecord, TModel, TFields, TPayload> kind, TInput input, CancellationToken cancellationToken, [CallerMemberName] string method = "")
        where TRecord : Tracked
        where TInput : TFields, IUpdateInput
        where TModel : SluggedModel =>
        mutations.UpdateAsync<TRecord, TModel, TPayload>(input, (scope, record, ct) => kind.Apply(scope, record, input, ct), kind.Payload, cancellationToken, kind.Load, Published<TModel>(kind.Topic), method);

    /// <summary>Creates the record <paramref name="build"/> makes of the input (null or any error: nothing is saved).</summary>
    public Task<TPayload> CreateAsync<TRecord, TModel, TPayload, TInput>(
        MutableKind<TRecord, TModel, TPayload> kind, TInput input, Func<MutationScope, TInput, CancellationToken, Task<TRecord?>> build, CancellationToken cancellationToken, [CallerMemberName] string method = "")
        where TRecord : Tracked
        where TModel : class
        where TInput : notnull =>
        mutations.CreateAsync<TRecord, TModel, TPayload>(input, (scope, ct) => build(scope, input, ct), kind.Payload, cancellationToken, method: method);

    /// <summary>Changes the record the input names, at the version read, by <paramref name="change"/>.</summary>
    public Task<TPayload> UpdateAsync<TRecord, TModel, TPayload, TInput>(
        MutableKind<TRecord, TModel, TPayload> kind, TInput input, Func<MutationScope, TRecord, TInput, CancellationToken, Task> change, CancellationToken cancellationToken, [CallerMemberName] string method = "")
        where TRecord : Tracked
        where TModel : class
        where TInput : IUpdateInput =>
        mutations.UpdateAsync<TRecord, TModel, TPayload>(input, (scope, record, ct) => change(scope, record, input, ct), kind.Payload, cancellationToken, kind.Load, method: method);

    private static Action<MutationScope, TModel>? Published<TModel>(string? topic) =>
        topic is null ? null : (scope, saved) => scope.Publish(topic, saved!);
}
