using Tracker.GraphQL.Language;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Validation;

/// <summary>
/// Walks a document once, keeping <see cref="TypeInfo"/> current and calling every rule's handlers
/// (graphql-js visitInParallel + visitWithTypeInfo). A rule that skips a subtree is left out until the
/// walk leaves that node again.
/// </summary>
internal sealed class ValidationWalker : AstVisitor
{
    private readonly ValidationContext _context;
    private readonly TypeInfo? _typeInfo;
    private readonly RuleVisitor[] _visitors;
    private readonly Node?[] _skipping;

    public ValidationWalker(ValidationContext context, RuleVisitor[] visitors, bool visitDescriptions)
    {
        _context = context;
        _typeInfo = context.TypeInfo;
        _visitors = visitors;
        _skipping = new Node?[visitors.Length];
        VisitDescriptions = visitDescriptions;
        context.Ancestors = Ancestors;
    }

    protected override bool Enter(Node node)
    {
        _typeInfo?.Enter(node);
        var kind = node.Kind;
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_skipping[i] is null && _visitors[i].HandlesEnter(kind) && !_visitors[i].OnEnter(node))
            {
                _skipping[i] = node;
            }
        }
        return true;
    }

    protected override void Leave(Node node)
    {
        var kind = node.Kind;
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_skipping[i] is null)
            {
                if (_visitors[i].HandlesLeave(kind))
                {
                    _visitors[i].OnLeave(node);
                }
            }
            else if (ReferenceEquals(_skipping[i], node))
            {
                _skipping[i] = null;
            }
        }
        _typeInfo?.Leave(node);
    }
}
