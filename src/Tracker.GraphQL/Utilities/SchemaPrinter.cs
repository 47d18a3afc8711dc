using System.Text;
using Tracker.GraphQL.Introspection;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Utilities;

/// <summary>Prints a schema as SDL exactly as graphql-js 17's printSchema does.</summary>
public static class SchemaPrinter
{
    /// <summary>The schema's own definitions: no built-in scalars, directives or introspection types.</summary>
    public static string PrintSchema(GraphQLSchema schema) =>
        PrintFiltered(
            schema,
            directive => !SpecifiedDirectives.IsSpecifiedDirective(directive),
            type => !SpecifiedScalars.IsSpecifiedScalar(type) && !IntrospectionTypes.IsIntrospectionType(type));

    /// <summary>The built-in directives and introspection types.</summary>
    public static string PrintIntrospectionSchema(GraphQLSchema schema) =>
        PrintFiltered(schema, SpecifiedDirectives.IsSpecifiedDirective, IntrospectionTypes.IsIntrospectionType);

    private static string PrintFiltered(GraphQLSchema schema, Func<DirectiveDefinition, bool> directiveFilter, Func<NamedType, bool> typeFilter)
    {
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }
        parts.AddRange(schema.Directives.Where(directiveFilter).Select(PrintDirective));
        parts.AddRange(schema.TypeMap.Values.Where(typeFilter).Select(PrintType));
        return string.Join("\n\n", parts.Where(p => p.Length > 0));
    }

    private static string? PrintSchemaDefinition(GraphQLSchema schema)
    {
        var query = schema.DeclaredRootType(OperationType.Query);
        var mutation = schema.DeclaredRootType(OperationType.Mutation);
        var subscription = schema.DeclaredRootType(OperationType.Subscription);
        if (query is null && mutation is null && subscription is null)
        {
            return null;
        }
        var defaultNames = ReferenceEquals(query, schema.GetType("Query"))
            && ReferenceEquals(mutation, schema.GetType("Mutation"))
            && ReferenceEquals(subscription, schema.GetType("Subscription"));
        if (schema.Description is null && defaultNames)
        {
            return null;
        }
        var builder = new StringBuilder(PrintDescription(schema.Description)).Append("schema {\n");
        if (query is not null)
        {
            builder.Append($"  query: {query.Name}\n");
        }
        if (mutation is not null)
        {
            builder.Append($"  mutation: {mutation.Name}\n");
        }
        if (subscription is not null)
        {
            builder.Append($"  subscription: {subscription.Name}\n");
        }
        return builder.Append('}').ToString();
    }

    public static string PrintType(NamedType type) => type switch
    {
        ScalarType scalar => PrintDescription(scalar.Description) + $"scalar {scalar.Name}" + PrintSpecifiedBy(scalar),
        ObjectType obj => PrintDescription(obj.Description) + $"type {obj.Name}" + PrintImplements(obj) + PrintFields(obj),
        InterfaceType @interface => PrintDescription(@interface.Description) + $"interface {@interface.Name}" + PrintImplements(@interface) + PrintFields(@interface),
        UnionType union => PrintDescription(union.Description) + $"union {union.Name}"
            + (union.DeclaredTypes.Count > 0 ? " = " + string.Join(" | ", union.DeclaredTypes.Select(t => t.Name)) : string.Empty),
        EnumType enumType => PrintDescription(enumType.Description) + $"enum {enumType.Name}" + PrintBlock(enumType.Values.Values
            .Select((value, i) => PrintDescription(value.Description, "  ", i == 0) + "  " + value.Name + PrintDeprecated(value.DeprecationReason))
            .ToList()),
        InputObjectType input => PrintDescription(input.Description) + $"input {input.Name}" + (input.IsOneOf ? " @oneOf" : string.Empty)
            + PrintBlock(input.Fields.Values.Select((field, i) => PrintDescription(field.Description, "  ", i == 0) + "  " + PrintInputValue(field)).ToList()),
        _ => throw new ArgumentException($"Unexpected type: {type}.", nameof(type)),
    };

    private static string PrintImplements(FieldsType type) =>
        type.DeclaredInterfaces.Count > 0 ? " implements " + string.Join(" & ", type.DeclaredInterfaces.Select(i => i.Name)) : string.Empty;

    private static string PrintFields(FieldsType type) =>
        PrintBlock(type.Fields.Values
            .Select((field, i) => PrintDescription(field.Description, "  ", i == 0) + "  " + field.Name + PrintArguments(field.Arguments, "  ")
                + ": " + field.Type + PrintDeprecated(field.DeprecationReason))
            .ToList());

    private static string PrintBlock(IReadOnlyList<string> items) =>
        items.Count != 0 ? " {\n" + string.Join("\n", items) + "\n}" : string.Empty;

    private static string PrintArguments(IReadOnlyList<ArgumentDefinition> arguments, string indentation = "")
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }
        if (arguments.All(a => a.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(PrintInputValue)) + ")";
        }
        return "(\n"
            + string.Join("\n", arguments.Select((argument, i) => PrintDescription(argument.Description, "  " + indentation, i == 0) + "  " + indentation + PrintInputValue(argument)))
            + "\n" + indentation + ")";
    }

    private static string PrintInputValue(InputValueDefinition value)
    {
        var declaration = value.Name + ": " + value.Type;
        if (IntrospectionTypes.DefaultValueLiteral(value) is { } defaultLiteral)
        {
            declaration += " = " + Printer.Print(defaultLiteral);
        }
        return declaration + PrintDeprecated(value.DeprecationReason);
    }

    private static string PrintDirective(DirectiveDefinition directive) =>
        PrintDescription(directive.Description)
        + $"directive @{directive.Name}"
        + PrintArguments(directive.Arguments)
        + PrintDeprecated(directive.DeprecationReason)
        + (directive.IsRepeatable ? " repeatable" : string.Empty)
        + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToSpecName()));

    private static string PrintDeprecated(string? reason)
    {
        if (reason is null)
        {
            return string.Empty;
        }
        return reason != SpecifiedDirectives.DefaultDeprecationReason
            ? $" @deprecated(reason: {Printer.PrintString(reason)})"
            : " @deprecated";
    }

    private static string PrintSpecifiedBy(ScalarType scalar) =>
        scalar.SpecifiedByUrl is { } url ? $" @specifiedBy(url: {Printer.PrintString(url)})" : string.Empty;

    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }
        var literal = BlockString.IsPrintableAsBlockString(description) ? BlockString.Print(description) : Printer.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
