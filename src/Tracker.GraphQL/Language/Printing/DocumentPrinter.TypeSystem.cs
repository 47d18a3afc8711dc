namespace Tracker.GraphQL.Language;

// The SDL half of the printer: type system definitions and extensions.
internal sealed partial class DocumentPrinter
{
    private Doc BuildTypeSystem(Node node) => node.Kind switch
    {
        NodeKind.SchemaDefinition => PrintSchemaDefinition((SchemaDefinitionNode)node),
        NodeKind.OperationTypeDefinition => PrintOperationTypeDefinition((OperationTypeDefinitionNode)node),
        NodeKind.ScalarTypeDefinition => PrintScalarTypeDefinition((ScalarTypeDefinitionNode)node),
        NodeKind.ObjectTypeDefinition => PrintObjectTypeDefinition((ObjectTypeDefinitionNode)node),
        NodeKind.FieldDefinition => PrintFieldDefinition((FieldDefinitionNode)node),
        NodeKind.InputValueDefinition => PrintInputValueDefinition((InputValueDefinitionNode)node),
        NodeKind.InterfaceTypeDefinition => PrintInterfaceTypeDefinition((InterfaceTypeDefinitionNode)node),
        NodeKind.UnionTypeDefinition => PrintUnionTypeDefinition((UnionTypeDefinitionNode)node),
        NodeKind.EnumTypeDefinition => PrintEnumTypeDefinition((EnumTypeDefinitionNode)node),
        NodeKind.EnumValueDefinition => PrintEnumValueDefinition((EnumValueDefinitionNode)node),
        NodeKind.InputObjectTypeDefinition => PrintInputObjectTypeDefinition((InputObjectTypeDefinitionNode)node),
        NodeKind.DirectiveDefinition => PrintDirectiveDefinition((DirectiveDefinitionNode)node),
        NodeKind.SchemaExtension => PrintSchemaExtension((SchemaExtensionNode)node),
        NodeKind.ScalarTypeExtension => PrintScalarTypeExtension((ScalarTypeExtensionNode)node),
        NodeKind.ObjectTypeExtension => PrintObjectTypeExtension((ObjectTypeExtensionNode)node),
        NodeKind.InterfaceTypeExtension => PrintInterfaceTypeExtension((InterfaceTypeExtensionNode)node),
        NodeKind.UnionTypeExtension => PrintUnionTypeExtension((UnionTypeExtensionNode)node),
        NodeKind.EnumTypeExtension => PrintEnumTypeExtension((EnumTypeExtensionNode)node),
        NodeKind.InputObjectTypeExtension => PrintInputObjectTypeExtension((InputObjectTypeExtensionNode)node),
        NodeKind.DirectiveExtension => PrintDirectiveExtension((DirectiveExtensionNode)node),
        _ => throw new ArgumentException($"Cannot print a {node.Kind} node.", nameof(node)),
    };

    private Doc PrintSchemaDefinition(SchemaDefinitionNode schema) => Concat(
        Description(schema.Description),
        Join(" ", Text("schema"), JoinAll(schema.Directives, " "), Block(schema.OperationTypes)));

    private Doc PrintOperationTypeDefinition(OperationTypeDefinitionNode operationType) =>
        Concat(Text(operationType.Operation.Keyword()), Text(": "), Build(operationType.Type));

    private Doc PrintScalarTypeDefinition(ScalarTypeDefinitionNode scalar) => Concat(
        Description(scalar.Description),
        Join(" ", Text("scalar"), Build(scalar.Name), JoinAll(scalar.Directives, " ")));

    private Doc PrintObjectTypeDefinition(ObjectTypeDefinitionNode obj) => Concat(
        Description(obj.Description),
        Join(" ", Text("type"), Build(obj.Name), Implements(obj.Interfaces), JoinAll(obj.Directives, " "), Block(obj.Fields)));

    private Doc PrintFieldDefinition(FieldDefinitionNode field) => Concat(
        Description(field.Description),
        Build(field.Name),
        ArgumentDefinitions(field.Arguments),
        Text(": "),
        Build(field.Type),
        _layout.Wrap(" ", JoinAll(field.Directives, " ")));

    private Doc PrintInputValueDefinition(InputValueDefinitionNode input) => Concat(
        Description(input.Description),
        Build(input.Name),
        Text(": "),
        Build(input.Type),
        _layout.Wrap(" = ", Build(input.DefaultValue)),
        _layout.Wrap(" ", JoinAll(input.Directives, " ")));

    private Doc PrintInterfaceTypeDefinition(InterfaceTypeDefinitionNode @interface) => Concat(
        Description(@interface.Description),
        Join(
            " ",
            Text("interface"),
            Build(@interface.Name),
            Implements(@interface.Interfaces),
            JoinAll(@interface.Directives, " "),
            Block(@interface.Fields)));

    private Doc PrintUnionTypeDefinition(UnionTypeDefinitionNode union) => Concat(
        Description(union.Description),
        Join(" ", Text("union"), Build(union.Name), JoinAll(union.Directives, " "), Members(union.Types)));

    private Doc PrintEnumTypeDefinition(EnumTypeDefinitionNode @enum) => Concat(
        Description(@enum.Description),
        Join(" ", Text("enum"), Build(@enum.Name), JoinAll(@enum.Directives, " "), Block(@enum.Values)));

    private Doc PrintEnumValueDefinition(EnumValueDefinitionNode value) => Concat(
        Description(value.Description),
        Join(" ", Build(value.Name), JoinAll(value.Directives, " ")));

    private Doc PrintInputObjectTypeDefinition(InputObjectTypeDefinitionNode input) => Concat(
        Description(input.Description),
        Join(" ", Text("input"), Build(input.Name), JoinAll(input.Directives, " "), Block(input.Fields)));

    private Doc PrintDirectiveDefinition(DirectiveDefinitionNode directive) => Concat(
        Description(directive.Description),
        Text("directive @"),
        Build(directive.Name),
        ArgumentDefinitions(directive.Arguments),
        _layout.Wrap(" ", JoinAll(directive.Directives, " ")),
        directive.Repeatable ? Text(" repeatable") : Doc.Empty,
        Text(" on "),
        JoinAll(directive.Locations, " | "));

    private Doc PrintSchemaExtension(SchemaExtensionNode schema) =>
        Join(" ", Text("extend schema"), JoinAll(schema.Directives, " "), Block(schema.OperationTypes));

    private Doc PrintScalarTypeExtension(ScalarTypeExtensionNode scalar) =>
        Join(" ", Text("extend scalar"), Build(scalar.Name), JoinAll(scalar.Directives, " "));

    private Doc PrintObjectTypeExtension(ObjectTypeExtensionNode obj) => Join(
        " ",
        Text("extend type"),
        Build(obj.Name),
        Implements(obj.Interfaces),
        JoinAll(obj.Directives, " "),
        Block(obj.Fields));

    private Doc PrintInterfaceTypeExtension(InterfaceTypeExtensionNode @interface) => Join(
        " ",
        Text("extend interface"),
        Build(@interface.Name),
        Implements(@interface.Interfaces),
        JoinAll(@interface.Directives, " "),
        Block(@interface.Fields));

    private Doc PrintUnionTypeExtension(UnionTypeExtensionNode union) =>
        Join(" ", Text("extend union"), Build(union.Name), JoinAll(union.Directives, " "), Members(union.Types));

    private Doc PrintEnumTypeExtension(EnumTypeExtensionNode @enum) =>
        Join(" ", Text("extend enum"), Build(@enum.Name), JoinAll(@enum.Directives, " "), Block(@enum.Values));

    private Doc PrintInputObjectTypeExtension(InputObjectTypeExtensionNode input) =>
        Join(" ", Text("extend input"), Build(input.Name), JoinAll(input.Directives, " "), Block(input.Fields));

    private Doc PrintDirectiveExtension(DirectiveExtensionNode directive) =>
        Join(" ", Concat(Text("extend directive @"), Build(directive.Name)), JoinAll(directive.Directives, " "));

    private Doc Implements(IReadOnlyList<NamedTypeNode> interfaces) => _layout.Wrap("implements ", JoinAll(interfaces, " & "));

    private Doc Members(IReadOnlyList<NamedTypeNode> types) => _layout.Wrap("= ", JoinAll(types, " | "));

    /// <summary>Argument definitions: one per line, indented, as soon as one of them spans several lines
    /// (a block string description); otherwise on one line however long.</summary>
    private Doc ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var mark = PushAll(arguments);
        return _layout.HasMultilineItems(mark)
            ? _layout.Wrap("(\n", _layout.Indent(_layout.JoinFrom(mark, "\n")), "\n)")
            : _layout.Wrap("(", _layout.JoinFrom(mark, ", "), ")");
    }
}
