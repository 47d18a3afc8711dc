using System.Collections.Generic;
using System.Linq;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Tracker.Api.Generators;

/// <summary>
/// What one schema file declares that the generator needs: its input types, the fields its <c>extend input</c>s add
/// (the same shape: an input's name and fields), and its scalars.
/// </summary>
public sealed record SdlFile(string Path, IReadOnlyList<SdlInput> Inputs, IReadOnlyList<SdlInput> Extensions, IReadOnlyList<string> Scalars, string? Problem)
{
    public static SdlFile Read(string path, string text)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(text);
        }
        catch (GraphQLSyntaxErrorException error)
        {
            return new SdlFile(path, [], [], [], $"{path}: {error.Message}");
        }

        var inputs = document.Definitions.OfType<GraphQLInputObjectTypeDefinition>()
            .Select(input => new SdlInput(input.Name.StringValue, FieldsOf(input.Fields)))
            .ToList();
        var extensions = document.Definitions.OfType<GraphQLInputObjectTypeExtension>()
            .Select(extension => new SdlInput(extension.Name.StringValue, FieldsOf(extension.Fields)))
            .ToList();
        var scalars = document.Definitions.OfType<GraphQLScalarTypeDefinition>().Select(scalar => scalar.Name.StringValue).ToList();
        return new SdlFile(path, inputs, extensions, scalars, null);
    }

    private static List<SdlInputField> FieldsOf(GraphQLInputFieldsDefinition? fields) =>
        (fields?.Items ?? []).Select(field => new SdlInputField(
            field.Name.StringValue,
            TypeOf(field.Type),
            field.Description is null ? null : field.Description.Value.ToString())).ToList();

    private static SdlType TypeOf(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => TypeOf(nonNull.Type) with { NonNull = true },
        GraphQLListType list => new SdlType(null, TypeOf(list.Type), false),
        GraphQLNamedType named => new SdlType(named.Name.StringValue, null, false),
        _ => throw new System.InvalidOperationException($"Unknown SDL type node {type.Kind}."),
    };
}
