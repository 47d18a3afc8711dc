using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation;

/// <summary>
/// The handlers one rule registered, indexed by node kind. An enter handler returning false skips the
/// node's subtree for this rule only (graphql-js's parallel visitor).
/// </summary>
public sealed class RuleVisitor
{
    private static readonly int KindCount = Enum.GetValues<NodeKind>().Length;

    private readonly Func<Node, bool>?[] _enter = new Func<Node, bool>?[KindCount];
    private readonly Action<Node>?[] _leave = new Action<Node>?[KindCount];

    /// <summary>Handles entering nodes of <paramref name="kind"/>; return false to skip their subtree.</summary>
    public void Enter<T>(NodeKind kind, Func<T, bool> handler)
        where T : Node
    {
        var previous = _enter[(int)kind];
        _enter[(int)kind] = previous is null ? node => handler((T)node) : node => previous(node) & handler((T)node);
    }

    public void Enter<T>(NodeKind kind, Action<T> handler)
        where T : Node =>
        Enter<T>(kind, node =>
        {
            handler(node);
            return true;
        });

    public void Leave<T>(NodeKind kind, Action<T> handler)
        where T : Node
    {
        var previous = _leave[(int)kind];
        _leave[(int)kind] = previous is null ? node => handler((T)node) : node =>
        {
            previous(node);
            handler((T)node);
        };
    }

    internal bool OnEnter(Node node) => _enter[(int)node.Kind]?.Invoke(node) ?? true;

    internal void OnLeave(Node node) => _leave[(int)node.Kind]?.Invoke(node);

    internal bool HandlesEnter(NodeKind kind) => _enter[(int)kind] is not null;

    internal bool HandlesLeave(NodeKind kind) => _leave[(int)kind] is not null;
}
