namespace Tracker.Api.Mutations;

/// <summary>
/// One kind of record that maintainers create and update with one set of fields (<typeparamref name="TFields"/>,
/// which the create and the update input both extend). Where its records are and which member is its slug come from
/// the kind as the API reads it (<paramref name="Read"/>, declared once in the kind's query maps); this adds what
/// writing needs: how the kind is named in a duplicate-slug error, whether a new one must cite a source, how a new
/// one starts, how the fields given are checked and applied (the same code for both mutations, so a rule cannot
/// hold on one and not the other), and the payload both mutations answer with.
/// </summary>
public sealed record WritableKind<TRecord, TModel, TFields, TPayload>(
    RecordKind<TRecord, TModel> Read,
    string Holder,
    bool SourcesRequired,
    Func<string, List<Citation>, TRecord> New,
    Func<MutationScope, TRecord, TFields, CancellationToken, Task> Apply,
    RecordMutations.Payload<TModel, TPayload> Payload,
    Func<MutationScope, TRecord, CancellationToken, Task>? Load = null,
    string? Topic = null)
    where TRecord : Tracked
    where TModel : SluggedModel;
