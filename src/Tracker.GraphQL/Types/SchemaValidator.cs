using Tracker.GraphQL.Introspection;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Types;

/// <summary>
/// Validates a schema against the type system's rules (spec §3; graphql-js 17 validateSchema): root types,
/// directives, names, fields, interface implementation, unions, enums, input objects and their cycles,
/// default values. The result is cached on the schema.
/// </summary>
public static partial class SchemaValidator
{
    /// <summary>Every rule of the type system the schema breaks; empty when valid.</summary>
    public static IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema)
    {
        if (schema.ValidationErrors is { } cached)
        {
            return cached;
        }
        var context = new Context(schema);
        ValidateRootTypes(context);
        ValidateDirectives(context);
        ValidateTypes(context);
        schema.ValidationErrors = context.Errors;
        return context.Errors;
    }

    /// <summary>Throws a <see cref="SchemaBuildException"/> when <see cref="Validate"/> finds errors.</summary>
    public static void AssertValid(GraphQLSchema schema)
    {
        var errors = Validate(schema);
        if (errors.Count > 0)
        {
            throw new SchemaBuildException(errors);
        }
    }

    private sealed class Context(GraphQLSchema schema)
    {
        public GraphQLSchema Schema { get; } = schema;

        public List<GraphQLError> Errors { get; } = [];

        public void Report(string message, params Node?[] nodes) =>
            Errors.Add(new GraphQLError(message, nodes.Where(n => n is not null).Cast<Node>()));

        public void Report(string message, IEnumerable<Node?> nodes) =>
            Errors.Add(new GraphQLError(message, nodes.Where(n => n is not null).Cast<Node>()));
    }

    /// <summary>Spec §3.3.1: a query root, every root an object type, no type rooting two operations.</summary>
    private static void ValidateRootTypes(Context context)
    {
        var schema = context.Schema;
        if (schema.QueryType is null && !schema.InvalidRootTypes.ContainsKey(OperationType.Query))
        {
            context.Report("Query root type must be provided.", schema.AstNode);
        }
        var rootTypes = new List<(ObjectType Type, List<OperationType> Operations)>();
        foreach (var operation in new[] { OperationType.Query, OperationType.Mutation, OperationType.Subscription })
        {
            if (schema.InvalidRootTypes.TryGetValue(operation, out var invalid))
            {
                var name = Capitalize(operation.Keyword());
                context.Report(
                    operation == OperationType.Query
                        ? $"{name} root type must be Object type, it cannot be {invalid}."
                        : $"{name} root type must be Object type if provided, it cannot be {invalid}.",
                    OperationTypeNode(schema, operation) ?? (Node?)invalid.AstNode);
                continue;
            }
            if (schema.GetRootType(operation) is { } root)
            {
                var entry = rootTypes.Find(r => ReferenceEquals(r.Type, root));
                if (entry.Type is null)
                {
                    rootTypes.Add((root, [operation]));
                }
                else
                {
                    entry.Operations.Add(operation);
                }
            }
        }
        foreach (var (type, operations) in rootTypes)
        {
            if (operations.Count > 1)
            {
                context.Report(
                    $"All root types must be different, \"{type}\" type is used as {MessageFormatting.AndList(operations.Select(o => o.Keyword()).ToList())} root types.",
                    operations.Select(o => (Node?)OperationTypeNode(schema, o)));
            }
        }
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static NamedTypeNode? OperationTypeNode(GraphQLSchema schema, OperationType operation)
    {
        IEnumerable<OperationTypeDefinitionNode> nodes = schema.AstNode?.OperationTypes ?? [];
        nodes = nodes.Concat(schema.ExtensionAstNodes.SelectMany(e => e.OperationTypes));
        return nodes.FirstOrDefault(n => n.Operation == operation)?.Type;
    }

    /// <summary>Spec §3.13: names, at least one location, input-typed arguments with valid defaults.</summary>
    private static void ValidateDirectives(Context context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            ValidateName(context, directive.Name, directive.AstNode);
            if (directive.Locations.Count == 0)
            {
                context.Report($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode);
            }
            foreach (var argument in directive.Arguments)
            {
                ValidateName(context, argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType())
                {
                    context.Report($"The type of {argument} must be Input Type but got: {argument.Type}.", argument.AstNode);
                }
                if (argument.IsRequired && argument.DeprecationReason is not null)
                {
                    context.Report($"Required argument {argument} cannot be deprecated.", DeprecatedDirectiveNode(argument.AstNode), argument.AstNode?.Type);
                }
                ValidateDefaultValue(context, argument);
            }
        }
    }

    /// <summary>Spec §2.1.9: names starting with "__" are reserved for introspection.</summary>
    private static void ValidateName(Context context, string name, Node? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            context.Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }
    }

    private static DirectiveNode? DeprecatedDirectiveNode(Node? definition)
    {
        var directives = definition switch
        {
            InputValueDefinitionNode input => input.Directives,
            FieldDefinitionNode field => field.Directives,
            _ => [],
        };
        return directives.FirstOrDefault(d => d.Name.Value == SpecifiedDirectives.Deprecated.Name);
    }
}
