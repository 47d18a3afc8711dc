using System.Linq.Expressions;

namespace Tracker.Api.Mutations;

/// <summary>
/// One kind of record that maintainers create and update with one set of fields (<typeparamref name="TFields"/>,
/// which the create and the update input both extend): where its records are, how its slug is kept unique, whether
/// a new one must cite a source, how a new one starts, and how the fields given are checked and applied (the same
/// code for both mutations, so a rule cannot hold on one and not the other).
/// </summary>
public sealed record WritableKind<TRecord, TFields>(
    Func<TrackerDbContext, IQueryable<TRecord>> Records,
    Expression<Func<TRecord, string>> Slug,
    string Holder,
    bool SourcesRequired,
    Func<string, List<Citation>, TRecord> New,
    Func<MutationScope, TRecord, TFields, CancellationToken, Task> Apply,
    Func<MutationScope, TRecord, CancellationToken, Task>? Load = null,
    string? Topic = null)
    where TRecord : Tracked;
