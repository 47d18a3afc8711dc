using System.Threading.Tasks.Sources;

namespace Tracker.GraphQL.Execution;

/// <summary>
/// The completion of an object or list some of whose entries are still pending. It behaves like JavaScript's
/// <c>Promise.all</c>, which graphql-js relies on: it completes when the last entry does, and fails as soon as
/// any entry fails. Failing fast matters for the response, not only for latency: once a non-null error has
/// nulled this position, errors that entries raise later are inside a nulled position and are dropped
/// (spec §6.4.4), exactly as graphql-js drops them.
/// One instance is one allocation; it is itself the awaited <see cref="ValueTask{TResult}"/>'s source.
/// </summary>
internal sealed class PendingCompletion : IValueTaskSource<object?>
{
    private readonly ResultMap? _map;
    private IList<object?>? _list;
    private ManualResetValueTaskSourceCore<object?> _core;

    // One extra count while entries are still being added, so completion cannot happen before Seal.
    private int _remaining = 1;
    private int _settled;

    public PendingCompletion(ResultMap map)
    {
        _map = map;
        // Resume awaiting parents through the execution's scheduler, never inline: completing a deep result
        // tree must not nest one stack frame per level.
        _core.RunContinuationsAsynchronously = true;
    }

    /// <summary>For a list: a <see cref="List{T}"/> with placeholders, or an array of the list's size.</summary>
    public PendingCompletion(IList<object?> list)
    {
        _list = list;
        _core.RunContinuationsAsynchronously = true;
    }

    /// <summary>Entries go to <paramref name="list"/> from now on (an array resized before sealing).</summary>
    public void Retarget(object?[] list) => _list = list;

    /// <summary>Watches an entry that has not completed yet; its value goes to <paramref name="index"/>.</summary>
    public void Track(int index, ValueTask<object?> entry)
    {
        Interlocked.Increment(ref _remaining);
        _ = ObserveAsync(index, entry);
    }

    /// <summary>No more entries will be added: the value completes once the tracked ones have.</summary>
    public ValueTask<object?> Seal()
    {
        EntryDone();
        return new ValueTask<object?>(this, _core.Version);
    }

    private async Task ObserveAsync(int index, ValueTask<object?> entry)
    {
        object? value;
        try
        {
            value = await entry;
        }
        catch (Exception exception)
        {
            if (Interlocked.Exchange(ref _settled, 1) == 0)
            {
                _core.SetException(exception);
            }
            return;
        }
        if (_map is not null)
        {
            _map.SetAt(index, value);
        }
        else
        {
            _list![index] = value;
        }
        EntryDone();
    }

    private void EntryDone()
    {
        if (Interlocked.Decrement(ref _remaining) == 0 && Interlocked.Exchange(ref _settled, 1) == 0)
        {
            _core.SetResult(_map ?? (object)_list!);
        }
    }

    object? IValueTaskSource<object?>.GetResult(short token) => _core.GetResult(token);

    ValueTaskSourceStatus IValueTaskSource<object?>.GetStatus(short token) => _core.GetStatus(token);

    void IValueTaskSource<object?>.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _core.OnCompleted(continuation, state, token, flags);
}
