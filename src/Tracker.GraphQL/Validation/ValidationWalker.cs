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
    private readonly Handlers _enter;
    private readonly Handlers _leave;
    private readonly Node?[] _skipping;
    private int _skippingCount;

    public ValidationWalker(ValidationContext context, RuleVisitor visitor, int ruleCount, bool visitDescriptions)
    {
        _typeInfo = context.TypeInfo;
        _skipping = new Node?[ruleCount];
        VisitDescriptions = visitDescriptions;
        context.Ancestors = Ancestors;
        _enter = new Handlers(visitor.Registrations, leaving: false);
        _leave = new Handlers(visitor.Registrations, leaving: true);
        visitor.Release();
    }

    /// <summary>Ends the walker's life: its handler tables go back to the pool (call once, after the walk).</summary>
    public void Release()
    {
        _enter.Release();
        _leave.Release();
    }

    protected override bool Enter(Node node)
    {
        // The parser bounds nesting, but a document may come from elsewhere (or a raised parser limit).
        if (Ancestors.Count > DeepNesting)
        {
            StackGuard.Ensure();
        }
        _typeInfo?.Enter(node);
        var (start, end) = _enter.RangeOf(node.Kind);
        for (var i = start; i < end; i++)
        {
            var (rule, handler, call) = _enter.Entries[i];
            // A rule's several handlers for one kind all run, even when an earlier one skips this node's subtree.
            var skipping = _skipping[rule];
            if ((skipping is null || ReferenceEquals(skipping, node)) && !call.Enter(handler, node) && skipping is null)
            {
                _skipping[rule] = node;
                _skippingCount++;
            }
        }
        return true;
    }

    protected override void Leave(Node node)
    {
        var (start, end) = _leave.RangeOf(node.Kind);
        for (var i = start; i < end; i++)
        {
            var (rule, handler, call) = _leave.Entries[i];
            if (_skipping[rule] is null)
            {
                call.Leave(handler, node);
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

    /// <summary>
    /// The enter (or leave) handlers sorted by node kind, in registration order within a kind (which is rule
    /// order): one flat array and the start of each kind's run in it.
    /// </summary>
    private readonly struct Handlers
    {
        private readonly int[] _starts;

        public Handlers(ReadOnlySpan<RuleVisitor.Registration> registrations, bool leaving)
        {
            // A counting sort: count each kind, turn the counts into starts, then place the handlers.
            // Both arrays are rented: they live for one walk (see Release), and every new document is walked.
            _starts = System.Buffers.ArrayPool<int>.Shared.Rent(KindCount + 1);
            Array.Clear(_starts, 0, KindCount + 1);
            var count = 0;
            foreach (var registration in registrations)
            {
                if (registration.Leaving == leaving)
                {
                    _starts[(int)registration.Kind + 1]++;
                    count++;
                }
            }
            for (var kind = 0; kind < KindCount; kind++)
            {
                _starts[kind + 1] += _starts[kind];
            }
            Entries = System.Buffers.ArrayPool<(int, Delegate, HandlerCall)>.Shared.Rent(count);
            Span<int> next = stackalloc int[KindCount];
            foreach (var registration in registrations)
            {
                if (registration.Leaving == leaving)
                {
                    var kind = (int)registration.Kind;
                    Entries[_starts[kind] + next[kind]++] = (registration.Rule, registration.Handler, registration.Call);
                }
            }
        }

        public (int Rule, Delegate Handler, HandlerCall Call)[] Entries { get; }

        public (int Start, int End) RangeOf(NodeKind kind) => (_starts[(int)kind], _starts[(int)kind + 1]);

        /// <summary>Gives the arrays back to the pool; the handlers' references are cleared with them.</summary>
        public void Release()
        {
            System.Buffers.ArrayPool<(int, Delegate, HandlerCall)>.Shared.Return(Entries, clearArray: true);
            System.Buffers.ArrayPool<int>.Shared.Return(_starts);
        }
    }
}
