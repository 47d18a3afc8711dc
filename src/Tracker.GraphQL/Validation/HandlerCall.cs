using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation;

/// <summary>Calls a handler registered for nodes of type <typeparamref name="T"/>: one shared instance per node type.</summary>
internal sealed class HandlerCall<T> : HandlerCall
    where T : Node
{
    public static HandlerCall<T> Instance { get; } = new();

    public override bool Enter(Delegate handler, Node node)
    {
        if (handler is Func<T, bool> enter)
        {
            return enter((T)node);
        }
        ((Action<T>)handler)((T)node);
        return true;
    }

    public override void Leave(Delegate handler, Node node) => ((Action<T>)handler)((T)node);
}

/// <summary>The node-type-free face of <see cref="HandlerCall{T}"/>, which the walker calls.</summary>
internal abstract class HandlerCall
{
    public abstract bool Enter(Delegate handler, Node node);

    public abstract void Leave(Delegate handler, Node node);
}
