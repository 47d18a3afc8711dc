namespace Tracker.GraphQL.Language;

/// <summary>Prints AST nodes back to GraphQL text exactly as graphql-js 17's <c>print</c> does.</summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    public static string Print(Node node) => Build(node).Render(int.MaxValue);

    /// <summary>graphql-js's printForError: like <see cref="Print"/>, flattening beyond 100 indentation levels.</summary>
    public static string PrintForError(Node node) => Build(node).Render(100);

    /// <summary>A string literal with graphql-js's escaping (printString).</summary>
    public static string PrintString(string value)
    {
        var builder = new System.Text.StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                default:
                    if (c <= '\u001f' || (c >= '\u007f' && c <= '\u009f'))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    private static PrintBuffer Build(Node? node) => node switch
    {
        null => PrintBuffer.Empty,
        NameNode name => new PrintBuffer(name.Value),
        VariableNode variable => Join(["$", Build(variable.Name)]),
        DocumentNode document => Join(document.Definitions.Select(Build), "\n\n"),
        OperationDefinitionNode operation => PrintOperation(operation),
        VariableDefinitionNode definition => Join(
        [
            Wrap(string.Empty, Build(definition.Description), "\n"),
            Build(definition.Variable),
            ": ",
            Build(definition.Type),
            Wrap(" = ", Build(definition.DefaultValue)),
            Wrap(" ", Join(definition.Directives.Select(Build), " ")),
        ]),
        SelectionSetNode selectionSet => selectionSet.Selections.Count == 0
            ? new PrintBuffer("{}")
            : Block(selectionSet.Selections.Select(Build)),
        FieldNode field => Join(
        [
            WrappedLineAndArgs(Join([Wrap(string.Empty, Build(field.Alias), ": "), Build(field.Name)]), field.Arguments),
            Wrap(" ", Join(field.Directives.Select(Build), " ")),
            Wrap(" ", Build(field.SelectionSet)),
        ]),
        ArgumentNode argument => Join([Build(argument.Name), ": ", Build(argument.Value)]),
        FragmentSpreadNode spread => Join(
        [
            Join(["...", Build(spread.Name)]),
            Wrap(" ", Join(spread.Directives.Select(Build), " ")),
        ]),
        InlineFragmentNode inline => Join(
            ["...", Wrap("on ", Build(inline.TypeCondition)), Join(inline.Directives.Select(Build), " "), Build(inline.SelectionSet)],
            " "),
        FragmentDefinitionNode fragment => Join(
        [
            Wrap(string.Empty, Build(fragment.Description), "\n"),
            "fragment ",
            Build(fragment.Name),
            " on ",
            Build(fragment.TypeCondition),
            " ",
            Wrap(string.Empty, Join(fragment.Directives.Select(Build), " "), " "),
            Build(fragment.SelectionSet),
        ]),
        IntValueNode intValue => new PrintBuffer(intValue.Value),
        FloatValueNode floatValue => new PrintBuffer(floatValue.Value),
        StringValueNode stringValue => stringValue.Block
            ? new PrintBuffer(BlockString.Print(stringValue.Value), isBlockString: true)
            : new PrintBuffer(PrintString(stringValue.Value)),
        BooleanValueNode boolean => new PrintBuffer(boolean.Value ? "true" : "false"),
        NullValueNode => new PrintBuffer("null"),
        EnumValueNode enumValue => new PrintBuffer(enumValue.Value),
        ListValueNode list => PrintList(list),
        ObjectValueNode obj => PrintObject(obj),
        ObjectFieldNode field => Join([Build(field.Name), ": ", Build(field.Value)]),
        DirectiveNode directive => Join(["@", Build(directive.Name), Wrap("(", Join(directive.Arguments.Select(Build), ", "), ")")]),
        NamedTypeNode named => Build(named.Name),
        ListTypeNode listType => Join(["[", Build(listType.Type), "]"]),
        NonNullTypeNode nonNull => Join([Build(nonNull.Type), "!"]),
        _ => TypeSystemPrinter.Build(node),
    };

    internal static PrintBuffer BuildNode(Node? node) => Build(node);

    private static PrintBuffer PrintOperation(OperationDefinitionNode node)
    {
        var variables = node.VariableDefinitions.Select(Build).ToList();
        var variableDefinitions = HasMultilineItems(variables)
            ? Wrap("(\n", Join(variables, "\n"), "\n)")
            : Wrap("(", Join(variables, ", "), ")");
        var keyword = node.Operation.Keyword();
        var prefix = Join(
        [
            Wrap(string.Empty, Build(node.Description), "\n"),
            Join([keyword, Join([Build(node.Name), variableDefinitions]), Join(node.Directives.Select(Build), " ")], " "),
        ]);
        // An anonymous query without variables or directives prints in shorthand form.
        var shorthand = node.Operation == OperationType.Query && prefix.Length == keyword.Length;
        return Join([shorthand ? PrintBuffer.Empty : Join([prefix, " "]), Build(node.SelectionSet)]);
    }

    private static PrintBuffer PrintList(ListValueNode list)
    {
        var values = list.Values.Select(Build).ToList();
        if (2 + JoinedLength(values, ", ") > MaxLineLength)
        {
            return Wrap("[\n", Join(values, "\n").Indent(), "\n]");
        }
        return Join(["[", Join(values, ", "), "]"]);
    }

    private static PrintBuffer PrintObject(ObjectValueNode obj)
    {
        var fields = obj.Fields.Select(Build).ToList();
        return 4 + JoinedLength(fields, ", ") > MaxLineLength
            ? Block(fields)
            : Join(["{ ", Join(fields, ", "), " }"]);
    }

    private static PrintBuffer WrappedLineAndArgs(PrintBuffer prefix, IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return prefix;
        }
        var args = arguments.Select(Build).ToList();
        return Join(
        [
            prefix,
            prefix.Length + JoinedLength(args, ", ") + 2 > MaxLineLength
                ? Wrap("(\n", Join(args, "\n").Indent(), "\n)")
                : Wrap("(", Join(args, ", "), ")"),
        ]);
    }

    /// <summary>Joins the non-empty items with a separator (items are strings or buffers).</summary>
    internal static PrintBuffer Join(IEnumerable<object?> items, string separator = "")
    {
        var result = PrintBuffer.Empty;
        foreach (var item in items)
        {
            var buffer = item switch
            {
                null => PrintBuffer.Empty,
                string s => s.Length == 0 ? PrintBuffer.Empty : new PrintBuffer(s),
                PrintBuffer b => b,
                _ => throw new ArgumentException("Unexpected print item.", nameof(items)),
            };
            if (buffer.Length == 0)
            {
                continue;
            }
            if (result.Length == 0)
            {
                result = buffer;
            }
            else
            {
                if (separator.Length != 0)
                {
                    result.Append(separator);
                }
                result.Append(buffer);
            }
        }
        return result;
    }

    internal static PrintBuffer Block(IEnumerable<PrintBuffer> items) => Wrap("{\n", Join(items, "\n").Indent(), "\n}");

    internal static PrintBuffer Wrap(string start, PrintBuffer buffer, string end = "")
    {
        if (buffer.Length == 0)
        {
            return PrintBuffer.Empty;
        }
        return start.Length == 0 ? buffer.Append(end) : new PrintBuffer(start).Append(buffer).Append(end);
    }

    internal static bool HasMultilineItems(IReadOnlyList<PrintBuffer> items) => items.Any(i => i.Newlines != 0);

    private static int JoinedLength(IReadOnlyList<PrintBuffer> items, string separator)
    {
        var length = 0;
        foreach (var item in items)
        {
            if (item.Length != 0)
            {
                length += (length == 0 ? 0 : separator.Length) + item.Length;
            }
        }
        return length;
    }
}
