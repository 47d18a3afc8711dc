using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation;

/// <summary>
/// The handlers one rule registered for one validation, by node kind. An enter handler returning false skips
/// the node's subtree for this rule only (graphql-js's parallel visitor). Registrations are kept sparse:
/// a rule handles a few kinds, and the walker turns them into per-kind dispatch lists once.
/// </summary>
public sealed class RuleVisitor
{
    private readonly List<(NodeKind Kind, Func<Node, bool> Handler)> _enter = [];
    private readonly List<(NodeKind Kind, Action<Node> Handler)> _leave = [];

    /// <summary>Handles entering nodes of <paramref name="kind"/>; return false to skip their subtree.</summary>
    public void Enter<T>(NodeKind kind, Func<T, bool> handler)
        where T : Node =>
        Enter(kind, node => handler((T)node));

    /// <summary>
    /// Handles entering nodes of <paramref name="kind"/> with an untyped handler, which may be shared by
    /// several kinds without wrapping it again; return false to skip the subtree.
    /// </summary>
    public void Enter(NodeKind kind, Func<Node, bool> typed)
    {
        for (var i = 0; i < _enter.Count; i++)
        {
            if (_enter[i].Kind == kind)
            {
                // Several handlers of one rule for one kind all run; any of them can skip the subtree.
                var previous = _enter[i].Handler;
                _enter[i] = (kind, node => previous(node) & typed(node));
                return;
            }
        }
        _enter.Add((kind, typed));
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
        Action<Node> typed = node => handler((T)node);
        for (var i = 0; i < _leave.Count; i++)
        {
            if (_leave[i].Kind == kind)
            {
                var previous = _leave[i].Handler;
                _leave[i] = (kind, node =>
                {
                    previous(node);
                    typed(node);
                });
                return;
            }
        }
        _leave.Add((kind, typed));
    }

    internal IReadOnlyList<(NodeKind Kind, Func<Node, bool> Handler)> EnterHandlers => _enter;

    internal IReadOnlyList<(NodeKind Kind, Action<Node> Handler)> LeaveHandlers => _leave;
}
