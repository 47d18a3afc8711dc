namespace Tracker.GraphQL.Language;

/// <summary>The SDL half of <see cref="Printer"/>: definitions and extensions.</summary>
internal static class TypeSystemPrinter
{
    public static PrintBuffer Build(Node node) => node switch
    {
        SchemaDefinitionNode schema => Join(
        [
            Description(schema.Description),
            Join(["schema", Directives(schema.Directives), Printer.Block(schema.OperationTypes.Select(B))], " "),
        ]),
        OperationTypeDefinitionNode operationType => Join([operationType.Operation.Keyword(), ": ", B(operationType.Type)]),
        ScalarTypeDefinitionNode scalar => Join(
        [
            Description(scalar.Description),
            Join(["scalar", B(scalar.Name), Directives(scalar.Directives)], " "),
        ]),
        ObjectTypeDefinitionNode obj => Join(
        [
            Description(obj.Description),
            Join(["type", B(obj.Name), Implements(obj.Interfaces), Directives(obj.Directives), Printer.Block(obj.Fields.Select(B))], " "),
        ]),
        FieldDefinitionNode field => Join(
        [
            Description(field.Description),
            B(field.Name),
            ArgumentDefinitions(field.Arguments),
            ": ",
            B(field.Type),
            Printer.Wrap(" ", Directives(field.Directives)),
        ]),
        InputValueDefinitionNode input => Join(
        [
            Description(input.Description),
            B(input.Name),
            ": ",
            B(input.Type),
            Printer.Wrap(" = ", B(input.DefaultValue)),
            Printer.Wrap(" ", Directives(input.Directives)),
        ]),
        InterfaceTypeDefinitionNode @interface => Join(
        [
            Description(@interface.Description),
            Join(["interface", B(@interface.Name), Implements(@interface.Interfaces), Directives(@interface.Directives), Printer.Block(@interface.Fields.Select(B))], " "),
        ]),
        UnionTypeDefinitionNode union => Join(
        [
            Description(union.Description),
            Join(["union", B(union.Name), Directives(union.Directives), Members(union.Types)], " "),
        ]),
        EnumTypeDefinitionNode @enum => Join(
        [
            Description(@enum.Description),
            Join(["enum", B(@enum.Name), Directives(@enum.Directives), Printer.Block(@enum.Values.Select(B))], " "),
        ]),
        EnumValueDefinitionNode value => Join(
        [
            Description(value.Description),
            Join([B(value.Name), Directives(value.Directives)], " "),
        ]),
        InputObjectTypeDefinitionNode input => Join(
        [
            Description(input.Description),
            Join(["input", B(input.Name), Directives(input.Directives), Printer.Block(input.Fields.Select(B))], " "),
        ]),
        DirectiveDefinitionNode directive => Join(
        [
            Description(directive.Description),
            "directive @",
            B(directive.Name),
            ArgumentDefinitions(directive.Arguments),
            Printer.Wrap(" ", Directives(directive.Directives)),
            directive.Repeatable ? " repeatable" : string.Empty,
            " on ",
            Join(directive.Locations.Select(B), " | "),
        ]),
        SchemaExtensionNode schema => Join(["extend schema", Directives(schema.Directives), Printer.Block(schema.OperationTypes.Select(B))], " "),
        ScalarTypeExtensionNode scalar => Join(["extend scalar", B(scalar.Name), Directives(scalar.Directives)], " "),
        ObjectTypeExtensionNode obj => Join(["extend type", B(obj.Name), Implements(obj.Interfaces), Directives(obj.Directives), Printer.Block(obj.Fields.Select(B))], " "),
        InterfaceTypeExtensionNode @interface => Join(["extend interface", B(@interface.Name), Implements(@interface.Interfaces), Directives(@interface.Directives), Printer.Block(@interface.Fields.Select(B))], " "),
        UnionTypeExtensionNode union => Join(["extend union", B(union.Name), Directives(union.Directives), Members(union.Types)], " "),
        EnumTypeExtensionNode @enum => Join(["extend enum", B(@enum.Name), Directives(@enum.Directives), Printer.Block(@enum.Values.Select(B))], " "),
        InputObjectTypeExtensionNode input => Join(["extend input", B(input.Name), Directives(input.Directives), Printer.Block(input.Fields.Select(B))], " "),
        DirectiveExtensionNode directive => Join([Join(["extend directive @", B(directive.Name)]), Directives(directive.Directives)], " "),
        _ => throw new ArgumentException($"Cannot print a {node.Kind} node.", nameof(node)),
    };

    private static PrintBuffer B(Node? node) => Printer.BuildNode(node);

    private static PrintBuffer Join(IEnumerable<object?> items, string separator = "") => Printer.Join(items, separator);

    private static PrintBuffer Description(StringValueNode? description) => Printer.Wrap(string.Empty, B(description), "\n");

    private static PrintBuffer Directives(IReadOnlyList<DirectiveNode> directives) => Join(directives.Select(B), " ");

    private static PrintBuffer Implements(IReadOnlyList<NamedTypeNode> interfaces) => Printer.Wrap("implements ", Join(interfaces.Select(B), " & "));

    private static PrintBuffer Members(IReadOnlyList<NamedTypeNode> types) => Printer.Wrap("= ", Join(types.Select(B), " | "));

    private static PrintBuffer ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var args = arguments.Select(B).ToList();
        return Printer.HasMultilineItems(args)
            ? Printer.Wrap("(\n", Join(args, "\n").Indent(), "\n)")
            : Printer.Wrap("(", Join(args, ", "), ")");
    }
}
