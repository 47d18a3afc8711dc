namespace Tracker.Api.Mutations;

/// <summary>
/// Applying an input field that may be absent: create and update inputs of a record share one set of fields (an
/// interface of <see cref="Optional{T}"/> properties), so one method applies both, and an absent field changes nothing.
/// </summary>
public static class OptionalChanges
{
    public static void Then<T>(this Optional<T> change, Action<T> apply)
    {
        if (change.HasValue)
        {
            apply(change.Value);
        }
    }

    public static Task ThenAsync<T>(this Optional<T> change, Func<T, Task> apply) => change.HasValue ? apply(change.Value) : Task.CompletedTask;
}
