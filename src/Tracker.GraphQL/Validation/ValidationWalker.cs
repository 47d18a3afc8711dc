using Tracker.GraphQL.Language;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Validation;

/// <summary>
/// Walks a document once, keeping <see cref="TypeInfo"/> current and calling every rule's handlers in rule
/// order (graphql-js visitInParallel + visitWithTypeInfo). A rule that skips a subtree is left out until the
/// walk leaves that node again. Handlers are grouped by node kind up front, so a node costs only the
/// handlers interested in its kind.
/// </summary>
internal sealed class ValidationWalker : AstVisitor
{
    private static readonly int KindCount = Enum.GetValues<NodeKind>().Length;

    /// <summary>Beyond this depth each step checks the remaining stack.</summary>
    internal const int DeepNesting = 128;

    private readonly TypeInfo? _typeInfo;
    private readonly (int Rule, Func<Node, bool> Handler)[]?[] _enter = new (int, Func<Node, bool>)[]?[KindCount];
    private readonly (int Rule, Action<Node> Handler)[]?[] _leave = new (int, Action<Node>)[]?[KindCount];
    private readonly Node?[] _skipping;
    private int _skippingCount;

    public ValidationWalker(ValidationContext context, RuleVisitor[] visitors, bool visitDescriptions)
    {
        _typeInfo = context.TypeInfo;
        _skipping = new Node?[visitors.Length];
        VisitDescriptions = visitDescriptions;
        context.Ancestors = Ancestors;
        // Two passes: count the handlers per kind, then fill exactly sized arrays.
        var enterCounts = new int[KindCount];
        var leaveCounts = new int[KindCount];
        foreach (var visitor in visitors)
        {
            foreach (var (kind, _) in visitor.EnterHandlers)
            {
                enterCounts[(int)kind]++;
            }
            foreach (var (kind, _) in visitor.LeaveHandlers)
            {
                leaveCounts[(int)kind]++;
            }
        }
        for (var kind = 0; kind < KindCount; kind++)
        {
            _enter[kind] = enterCounts[kind] > 0 ? new (int, Func<Node, bool>)[enterCounts[kind]] : null;
            _leave[kind] = leaveCounts[kind] > 0 ? new (int, Action<Node>)[leaveCounts[kind]] : null;
            enterCounts[kind] = 0;
            leaveCounts[kind] = 0;
        }
        for (var rule = 0; rule < visitors.Length; rule++)
        {
            foreach (var (kind, handler) in visitors[rule].EnterHandlers)
            {
                _enter[(int)kind]![enterCounts[(int)kind]++] = (rule, handler);
            }
            foreach (var (kind, handler) in visitors[rule].LeaveHandlers)
            {
                _leave[(int)kind]![leaveCounts[(int)kind]++] = (rule, handler);
            }
        }
    }

    protected override bool Enter(Node node)
    {
        // The parser bounds nesting, but a document may come from elsewhere (or a raised parser limit).
        if (Ancestors.Count > DeepNesting)
        {
            StackGuard.Ensure();
        }
        _typeInfo?.Enter(node);
        if (_enter[(int)node.Kind] is { } handlers)
        {
            foreach (var (rule, handler) in handlers)
            {
                if (_skipping[rule] is null && !handler(node))
                {
                    _skipping[rule] = node;
                    _skippingCount++;
                }
            }
        }
        return true;
    }

    protected override void Leave(Node node)
    {
        if (_leave[(int)node.Kind] is { } handlers)
        {
            foreach (var (rule, handler) in handlers)
            {
                if (_skipping[rule] is null)
                {
                    handler(node);
                }
            }
        }
        if (_skippingCount > 0)
        {
            for (var rule = 0; rule < _skipping.Length; rule++)
            {
                if (ReferenceEquals(_skipping[rule], node))
                {
                    _skipping[rule] = null;
                    _skippingCount--;
                }
            }
        }
        _typeInfo?.Leave(node);
    }
}
