using System.Runtime.CompilerServices;

namespace Tracker.GraphQL.Language;

/// <summary>
/// One print of an AST (graphql-js 17's printDocASTReducer): each node becomes a <see cref="Doc"/> built from
/// its children's, with graphql-js's rules for when argument lists, lists and objects wrap (beyond 80
/// characters) and for when a definition's arguments go one per line (when one of them spans lines).
/// </summary>
internal sealed partial class DocumentPrinter
{
    private const int MaxLineLength = 80;

    private readonly Layout _layout = new();

    public string Print(Node node, int maxIndentDepth) => _layout.Render(Build(node), maxIndentDepth);

    private Doc Build(Node? node)
    {
        if (node is null)
        {
            return Doc.Empty;
        }
        // The printer recurses once per AST level: fail cleanly rather than overflow on a tree built in code
        // deeper than any parsed document can be.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return node.Kind switch
        {
            NodeKind.Name => Text(((NameNode)node).Value),
            NodeKind.Variable => Concat(Text("$"), Build(((VariableNode)node).Name)),
            NodeKind.Document => JoinAll(((DocumentNode)node).Definitions, "\n\n"),
            NodeKind.OperationDefinition => PrintOperation((OperationDefinitionNode)node),
            NodeKind.VariableDefinition => PrintVariableDefinition((VariableDefinitionNode)node),
            NodeKind.SelectionSet => PrintSelectionSet((SelectionSetNode)node),
            NodeKind.Field => PrintField((FieldNode)node),
            NodeKind.Argument => PrintNameAndValue(((ArgumentNode)node).Name, ((ArgumentNode)node).Value),
            NodeKind.FragmentSpread => PrintFragmentSpread((FragmentSpreadNode)node),
            NodeKind.InlineFragment => PrintInlineFragment((InlineFragmentNode)node),
            NodeKind.FragmentDefinition => PrintFragmentDefinition((FragmentDefinitionNode)node),
            NodeKind.IntValue => Text(((IntValueNode)node).Value),
            NodeKind.FloatValue => Text(((FloatValueNode)node).Value),
            NodeKind.StringValue => PrintStringValue((StringValueNode)node),
            NodeKind.BooleanValue => Text(((BooleanValueNode)node).Value ? "true" : "false"),
            NodeKind.NullValue => Text("null"),
            NodeKind.EnumValue => Text(((EnumValueNode)node).Value),
            NodeKind.ListValue => PrintList((ListValueNode)node),
            NodeKind.ObjectValue => PrintObject((ObjectValueNode)node),
            NodeKind.ObjectField => PrintNameAndValue(((ObjectFieldNode)node).Name, ((ObjectFieldNode)node).Value),
            NodeKind.Directive => PrintDirective((DirectiveNode)node),
            NodeKind.NamedType => Build(((NamedTypeNode)node).Name),
            NodeKind.ListType => PrintListType((ListTypeNode)node),
            NodeKind.NonNullType => Concat(Build(((NonNullTypeNode)node).Type), Text("!")),
            _ => BuildTypeSystem(node),
        };
    }

    // One method per kind: the recursion passes through Build and one of these, so each frame stays small
    // and the deepest document the parser accepts prints on a 1 MB stack.

    private Doc PrintVariableDefinition(VariableDefinitionNode definition) => Concat(
        Description(definition.Description),
        Build(definition.Variable),
        Text(": "),
        Build(definition.Type),
        _layout.Wrap(" = ", Build(definition.DefaultValue)),
        _layout.Wrap(" ", JoinAll(definition.Directives, " ")));

    private Doc PrintSelectionSet(SelectionSetNode selectionSet) =>
        selectionSet.Selections.Count == 0 ? Text("{}") : Block(selectionSet.Selections);

    private Doc PrintField(FieldNode field) => Concat(
        WrappedLineAndArguments(Concat(_layout.Wrap(string.Empty, Build(field.Alias), ": "), Build(field.Name)), field.Arguments),
        _layout.Wrap(" ", JoinAll(field.Directives, " ")),
        _layout.Wrap(" ", Build(field.SelectionSet)));

    /// <summary>An argument or an object field: <c>name: value</c>.</summary>
    private Doc PrintNameAndValue(NameNode name, ValueNode value) => Concat(Build(name), Text(": "), Build(value));

    private Doc PrintFragmentSpread(FragmentSpreadNode spread) => Concat(
        Concat(Text("..."), Build(spread.Name)),
        _layout.Wrap(" ", JoinAll(spread.Directives, " ")));

    private Doc PrintInlineFragment(InlineFragmentNode inline) => Join(
        " ",
        Text("..."),
        _layout.Wrap("on ", Build(inline.TypeCondition)),
        JoinAll(inline.Directives, " "),
        Build(inline.SelectionSet));

    private Doc PrintFragmentDefinition(FragmentDefinitionNode fragment) => Concat(
        Description(fragment.Description),
        Text("fragment "),
        Build(fragment.Name),
        Text(" on "),
        Build(fragment.TypeCondition),
        Text(" "),
        _layout.Wrap(string.Empty, JoinAll(fragment.Directives, " "), " "),
        Build(fragment.SelectionSet));

    private Doc PrintStringValue(StringValueNode value) => value.Block
        ? _layout.Text(BlockString.PrintBlockString(value.Value), isBlockString: true)
        : Text(Printer.PrintString(value.Value));

    private Doc PrintDirective(DirectiveNode directive) => Concat(
        Text("@"),
        Build(directive.Name),
        _layout.Wrap("(", JoinAll(directive.Arguments, ", "), ")"));

    private Doc PrintListType(ListTypeNode listType) => Concat(Text("["), Build(listType.Type), Text("]"));

    private Doc PrintOperation(OperationDefinitionNode node)
    {
        var mark = PushAll(node.VariableDefinitions);
        var variables = _layout.HasMultilineItems(mark)
            ? _layout.Wrap("(\n", _layout.JoinFrom(mark, "\n"), "\n)")
            : _layout.Wrap("(", _layout.JoinFrom(mark, ", "), ")");
        var keyword = node.Operation.Keyword();
        var prefix = Concat(
            Description(node.Description),
            Join(" ", Text(keyword), Concat(Build(node.Name), variables), JoinAll(node.Directives, " ")));
        // An anonymous query with nothing before its selection set prints in shorthand form.
        var shorthand = node.Operation == OperationType.Query && prefix.Length == keyword.Length;
        return Concat(shorthand ? Doc.Empty : Concat(prefix, Text(" ")), Build(node.SelectionSet));
    }

    private Doc PrintList(ListValueNode list)
    {
        var mark = PushAll(list.Values);
        return 2 + _layout.JoinedLength(mark, ", ") > MaxLineLength
            ? _layout.Wrap("[\n", _layout.Indent(_layout.JoinFrom(mark, "\n")), "\n]")
            : Concat(Text("["), _layout.JoinFrom(mark, ", "), Text("]"));
    }

    private Doc PrintObject(ObjectValueNode obj)
    {
        var mark = PushAll(obj.Fields);
        // graphql-js prints an empty object as "{  }": the braces' inner spaces are kept.
        return 4 + _layout.JoinedLength(mark, ", ") > MaxLineLength
            ? _layout.Block(mark)
            : Concat(Text("{ "), _layout.JoinFrom(mark, ", "), Text(" }"));
    }

    /// <summary>A field or spread followed by its arguments, one per line when the line would pass 80 characters.</summary>
    private Doc WrappedLineAndArguments(Doc prefix, IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return prefix;
        }
        var mark = PushAll(arguments);
        return Concat(
            prefix,
            prefix.Length + _layout.JoinedLength(mark, ", ") + 2 > MaxLineLength
                ? _layout.Wrap("(\n", _layout.Indent(_layout.JoinFrom(mark, "\n")), "\n)")
                : _layout.Wrap("(", _layout.JoinFrom(mark, ", "), ")"));
    }

    private Doc Text(string text) => _layout.Text(text);

    private Doc Concat(params ReadOnlySpan<Doc> items) => _layout.Join(string.Empty, items);

    private Doc Join(string separator, params ReadOnlySpan<Doc> items) => _layout.Join(separator, items);

    private Doc Description(StringValueNode? description) => _layout.Wrap(string.Empty, Build(description), "\n");

    /// <summary>Prints the nodes and pushes their pieces on the layout's stack; returns the mark to join from.</summary>
    private int PushAll<T>(IReadOnlyList<T> nodes)
        where T : Node
    {
        var mark = _layout.Mark;
        for (var i = 0; i < nodes.Count; i++)
        {
            _layout.Push(Build(nodes[i]));
        }
        return mark;
    }

    private Doc JoinAll<T>(IReadOnlyList<T> nodes, string separator)
        where T : Node => _layout.JoinFrom(PushAll(nodes), separator);

    private Doc Block<T>(IReadOnlyList<T> nodes)
        where T : Node => _layout.Block(PushAll(nodes));
}
