using System.Buffers;
using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation;

/// <summary>
/// The handlers the rules registered for one validation, by node kind. An enter handler returning false skips
/// the node's subtree for its rule only (graphql-js's parallel visitor). One visitor takes every rule's
/// handlers in rule order, each stored as the rule gave it: no wrapper is made per handler, so registering
/// costs no more than the rule's own closures (validation runs once per new document, and its fixed cost counts).
/// </summary>
public sealed class RuleVisitor
{
    // Rented from the shared pool: the registrations live only until the walker has sorted them by kind.
    private Registration[] _registrations;
    private int _count;

    internal RuleVisitor(int capacity) => _registrations = ArrayPool<Registration>.Shared.Rent(capacity);

    /// <summary>The index of the rule registering now; its handlers are skipped together.</summary>
    internal int Rule { get; set; }

    /// <summary>Handles entering nodes of <paramref name="kind"/>; return false to skip their subtree.</summary>
    public void Enter<T>(NodeKind kind, Func<T, bool> handler)
        where T : Node =>
        Add(new Registration(kind, Leaving: false, Rule, handler, HandlerCall<T>.Instance));

    public void Enter<T>(NodeKind kind, Action<T> handler)
        where T : Node =>
        Add(new Registration(kind, Leaving: false, Rule, handler, HandlerCall<T>.Instance));

    public void Leave<T>(NodeKind kind, Action<T> handler)
        where T : Node =>
        Add(new Registration(kind, Leaving: true, Rule, handler, HandlerCall<T>.Instance));

    internal ReadOnlySpan<Registration> Registrations => _registrations.AsSpan(0, _count);

    /// <summary>Gives the registrations' array back to the pool; the walker has copied what it needs.</summary>
    internal void Release()
    {
        ArrayPool<Registration>.Shared.Return(_registrations, clearArray: true);
        _registrations = [];
        _count = 0;
    }

    private void Add(Registration registration)
    {
        if (_count == _registrations.Length)
        {
            var larger = ArrayPool<Registration>.Shared.Rent(Math.Max(16, _count * 2));
            Array.Copy(_registrations, larger, _count);
            ArrayPool<Registration>.Shared.Return(_registrations, clearArray: true);
            _registrations = larger;
        }
        _registrations[_count++] = registration;
    }

    /// <summary>One handler: its node kind, whether it runs on leaving, its rule, the rule's delegate and how to call it.</summary>
    internal readonly record struct Registration(NodeKind Kind, bool Leaving, int Rule, Delegate Handler, HandlerCall Call);
}
