using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Server.Execution;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>
/// Execution deadlines are pooled: one ended early is used again, fresh; one that was cancelled, or whose timer may be
/// firing, never is; and nothing that could cancel an earlier use reaches a later one. The pool is the process's, shared
/// with the server's requests, so these run alone (after the tests that run side by side): a deadline ended twice on
/// purpose must not be taken meanwhile by another test's request, whose deadline the second end would end. A test
/// still takes deadlines until it meets the one it looks for, within a bound.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class ExecutionDeadlineTests
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);

    /// <summary>Enough takes for a deadline given back to be met again while other tests take some too.</summary>
    private const int Takes = 200;

    [Fact]
    public async Task The_timeout_cancels_the_token()
    {
        using var deadline = ExecutionDeadline.Start(TimeSpan.FromMilliseconds(20), CancellationToken.None);

        await WhenCancelled(deadline.Token);

        Assert.True(deadline.IsCancellationRequested);
    }

    [Fact]
    public async Task The_requests_token_cancels_it()
    {
        using var request = new CancellationTokenSource();
        using var deadline = ExecutionDeadline.Start(Long, request.Token);

        Assert.False(deadline.IsCancellationRequested);
        request.Cancel();
        await WhenCancelled(deadline.Token);
    }

    [Fact]
    public void A_deadline_ended_early_is_used_again_uncancelled_and_unlinked_from_its_last_request()
    {
        using var firstRequest = new CancellationTokenSource();
        var first = ExecutionDeadline.Start(Long, firstRequest.Token);
        var usesBefore = first.Uses;
        first.Dispose();
        firstRequest.Cancel();

        var again = TakeUntil(first, CancellationToken.None);

        Assert.NotNull(again);
        Assert.True(again.Uses > usesBefore);
        Assert.False(again.IsCancellationRequested);
        Assert.False(again.Token.IsCancellationRequested);
        again.Dispose();
    }

    [Fact]
    public async Task A_deadline_whose_timeout_fired_is_not_used_again()
    {
        var fired = ExecutionDeadline.Start(TimeSpan.FromMilliseconds(10), CancellationToken.None);
        await WhenCancelled(fired.Token);
        fired.Dispose();

        Assert.Null(TakeUntil(fired, CancellationToken.None));
    }

    [Fact]
    public void A_deadline_cancelled_by_its_request_is_not_used_again()
    {
        using var request = new CancellationTokenSource();
        var cancelled = ExecutionDeadline.Start(Long, request.Token);
        request.Cancel();
        cancelled.Dispose();

        Assert.Null(TakeUntil(cancelled, CancellationToken.None));
    }

    [Fact]
    public void A_deadline_ended_near_its_timeout_is_not_used_again()
    {
        // Within the margin from the start: its timer could be about to fire, and would cancel the next user.
        var near = ExecutionDeadline.Start(TimeSpan.FromMilliseconds(500), CancellationToken.None);
        near.Dispose();

        Assert.Null(TakeUntil(near, CancellationToken.None));
    }

    [Fact]
    public void Ending_a_deadline_twice_gives_it_back_once()
    {
        // The pool emptied first, so that it has room for the deadline twice if it took it twice.
        var drained = Take(Takes);
        var twice = ExecutionDeadline.Start(Long, CancellationToken.None);
        twice.Dispose();
        twice.Dispose();

        var taken = Take(Takes);

        Assert.True(taken.Count(d => ReferenceEquals(d, twice)) <= 1);
        Assert.Equal(taken.Count, taken.Distinct().Count());
        taken.ForEach(d => d.Dispose());
        drained.ForEach(d => d.Dispose());
    }

    [Fact]
    public async Task An_incremental_response_disposed_twice_ends_its_deadline_once()
    {
        var deadline = ExecutionDeadline.Start(Long, CancellationToken.None);
        var response = new IncrementalResponse(null!, NoPayloads(), new NothingToDispose(), deadline);
        await response.DisposeAsync();
        using var nextRequest = new CancellationTokenSource();
        var next = TakeUntil(deadline, nextRequest.Token);
        Assert.NotNull(next);

        // The first holder ends it again: the request now using it keeps its deadline, still linked to that request.
        await response.DisposeAsync();
        nextRequest.Cancel();

        Assert.True(next.IsCancellationRequested);
        next.Dispose();
    }

    private static async IAsyncEnumerable<SubsequentIncrementalExecutionResult> NoPayloads()
    {
        await Task.CompletedTask;
        yield break;
    }

    private sealed class NothingToDispose : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private static List<ExecutionDeadline> Take(int count) =>
        Enumerable.Range(0, count).Select(_ => ExecutionDeadline.Start(Long, CancellationToken.None)).ToList();

    /// <summary>
    /// Takes deadlines (each ended at once, as a quick request ends it) until <paramref name="wanted"/> comes back,
    /// left running so that the caller can look at it; null if it never does within the bound.
    /// </summary>
    private static ExecutionDeadline? TakeUntil(ExecutionDeadline wanted, CancellationToken request)
    {
        var held = new List<ExecutionDeadline>();
        try
        {
            for (var i = 0; i < Takes; i++)
            {
                var deadline = ExecutionDeadline.Start(Long, request);
                if (ReferenceEquals(deadline, wanted))
                {
                    return deadline;
                }
                // Held until the search ends, so that the pool hands out what else it holds rather than this again.
                held.Add(deadline);
            }
            return null;
        }
        finally
        {
            held.ForEach(d => d.Dispose());
        }
    }

    private static Task WhenCancelled(CancellationToken token)
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        token.Register(() => cancelled.TrySetResult());
        return cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
