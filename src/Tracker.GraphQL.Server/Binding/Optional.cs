namespace Tracker.GraphQL.Server.Binding;

/// <summary>
/// An input value that may be absent, as opposed to null: what an update needs to tell "leave unchanged"
/// from "clear". Bind an argument or an input field to <c>Optional&lt;T&gt;</c> to see the difference.
/// </summary>
public readonly record struct Optional<T>(bool HasValue, T Value)
{
    public static Optional<T> Absent => default;

    public static Optional<T> Of(T value) => new(true, value);

    public T GetValueOrDefault(T fallback) => HasValue ? Value : fallback;
}
