using System.Collections.Concurrent;
using Tracker.GraphQL.DataLoader;
using Tracker.GraphQL.Server.Binding;
using Tracker.GraphQL.Server.Subscriptions;

namespace Tracker.GraphQL.Server.Tests;

public enum Kind
{
    PaperBack,
    HardCover,
}

public sealed record Book(string Id, string Title, int? Pages, Kind Kind);

public sealed record Author(string Name);

public sealed record Nested(int Value, Nested? Child);

public sealed record BookInput(string Title, int? Pages, Kind Kind);

/// <summary>The test data and counters tests look at.</summary>
public sealed class Bookshop
{
    public ConcurrentDictionary<string, Book> Books { get; } = new(
        Enumerable.Range(1, 60).ToDictionary(i => i.ToString(), i => new Book(i.ToString(), $"Book {i}", 100 + i, i % 2 == 0 ? Kind.HardCover : Kind.PaperBack)));

    public int ResolverCalls;

    public int AuthorBatches;

    /// <summary>While set, author batches wait for it (counted in <see cref="AuthorBatchesWaiting"/>): holds subscription events mid-execution.</summary>
    public TaskCompletionSource? HoldAuthors;

    public int AuthorBatchesWaiting;

    /// <summary>Set when a <c>slow</c> resolver starts waiting.</summary>
    public TaskCompletionSource SlowStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set when a <c>slow</c> resolver's cancellation token stops it (the request abandoned or timed out).</summary>
    public TaskCompletionSource SlowCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set when a <c>slow</c> resolver's <c>finally</c> has run (where it would dispose a database context).</summary>
    public TaskCompletionSource SlowFinished { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

[GraphQLType("Query")]
public sealed class QueryResolvers(Bookshop shop)
{
    public string Hello(string name)
    {
        Interlocked.Increment(ref shop.ResolverCalls);
        return $"Hello, {name}!";
    }

    public Book? Book(string id) => shop.Books.GetValueOrDefault(id);

    public IReadOnlyList<Book> Books(int first) => shop.Books.Values.OrderBy(b => int.Parse(b.Id)).Take(first).ToList();

    public IEnumerable<Book> Shelf(Kind kind) => shop.Books.Values.Where(b => b.Kind == kind).OrderBy(b => int.Parse(b.Id)).Take(3);

    public async Task<int> Slow(int ms, CancellationToken cancellationToken)
    {
        // A registration, not a catch: it runs when the token fires, whoever (if anyone) runs the continuation after.
        await using var cancelled = cancellationToken.Register(() => shop.SlowCancelled.TrySetResult());
        shop.SlowStarted.TrySetResult();
        try
        {
            await Task.Delay(ms, cancellationToken);
        }
        finally
        {
            shop.SlowFinished.TrySetResult();
        }
        return ms;
    }

    public string Fail() => throw new InvalidOperationException("connection string with password=secret");

    public Nested Deep() => new(1, new Nested(2, new Nested(3, null)));
}

[GraphQLType("Nested")]
public sealed class NestedResolvers
{
    public Nested? Nested([Parent] Nested parent) => parent.Child;
}

[GraphQLType("Mutation")]
public sealed class MutationResolvers(Bookshop shop, ITopicEventSender events)
{
    public async Task<Book> AddBook(BookInput input)
    {
        var book = new Book((shop.Books.Count + 1).ToString(), input.Title, input.Pages, input.Kind);
        shop.Books[book.Id] = book;
        await events.SendAsync("bookAdded", book);
        return book;
    }

    public string Rename(string id, Optional<string?> title) => title.HasValue ? $"{id}: set to {title.Value ?? "null"}" : $"{id}: unchanged";
}

[GraphQLType("Subscription")]
public sealed class SubscriptionResolvers
{
    public IAsyncEnumerable<Book> BookAdded(ITopicEventReceiver receiver, CancellationToken cancellationToken) =>
        receiver.Subscribe<Book>("bookAdded", cancellationToken);

    public async IAsyncEnumerable<int> Countdown(int from, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = from; i >= 0; i--)
        {
            await Task.Delay(1, cancellationToken);
            yield return i;
        }
    }
}

[GraphQLType("Book")]
public sealed class BookResolvers
{
    public Task<Author?> Author([Parent] Book book, AuthorLoader authors) => authors.LoadAsync(book.Id);
}

/// <summary>Authors by book id, one call per batch.</summary>
public sealed class AuthorLoader(DataLoaderScope scope, Bookshop shop) : BatchDataLoader<string, Author>(scope)
{
    protected override async Task<IReadOnlyDictionary<string, Author?>> FetchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref shop.AuthorBatches);
        if (shop.HoldAuthors is { } hold)
        {
            Interlocked.Increment(ref shop.AuthorBatchesWaiting);
            await hold.Task.WaitAsync(cancellationToken);
        }
        await Task.Delay(1, cancellationToken);
        return keys.ToDictionary(k => k, k => (Author?)new Author($"Author of {k}"));
    }
}
