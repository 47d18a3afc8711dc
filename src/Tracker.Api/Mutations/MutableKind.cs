namespace Tracker.Api.Mutations;

/// <summary>
/// One kind of record whose create and update mutations take inputs of their own (jurisdictions, legislation,
/// letters, organisations, people, sources: their create inputs require fields their updates leave out, so one set
/// of fields as in <see cref="WritableKind{TRecord, TModel, TFields, TPayload}"/> cannot serve both without changing
/// the schema). What its mutations share is declared here once: the payload every one of them answers with, and
/// what an update loads before it changes the record. Each mutation's own rule is a method of the kind's
/// <c>Writes</c> class, bound in <see cref="Record.RecordKindMutations"/>.
/// </summary>
public sealed record MutableKind<TRecord, TModel, TPayload>(
    RecordMutations.Payload<TModel, TPayload> Payload,
    Func<MutationScope, TRecord, CancellationToken, Task>? Load = null)
    where TRecord : Tracked
    where TModel : class;
