using Microsoft.CodeAnalysis;

namespace Tracker.Api.Generators;

/// <summary>
/// A record marked <c>[SharedInputFields(first, second)]</c>: where it is and which two inputs it stands for.
/// <see cref="Nested"/>: declared inside another type, which the generated part would have to repeat (it does not).
/// </summary>
public sealed record SharedFieldsRequest(string? Namespace, string Name, string First, string Second, SourceLocation Location, bool Nested)
{
    public string FullName => Namespace is null ? Name : $"{Namespace}.{Name}";

    public static SharedFieldsRequest Of(GeneratorAttributeSyntaxContext attributed)
    {
        var record = (INamedTypeSymbol)attributed.TargetSymbol;
        var arguments = attributed.Attributes[0].ConstructorArguments;
        return new SharedFieldsRequest(
            record.ContainingNamespace.IsGlobalNamespace ? null : record.ContainingNamespace.ToDisplayString(),
            record.Name,
            arguments.Length > 0 ? arguments[0].Value as string ?? "" : "",
            arguments.Length > 1 ? arguments[1].Value as string ?? "" : "",
            SourceLocation.Of(attributed.TargetNode.GetLocation()),
            record.ContainingType is not null);
    }
}
