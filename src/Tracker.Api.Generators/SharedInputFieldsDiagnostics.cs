using Microsoft.CodeAnalysis;

namespace Tracker.Api.Generators;

/// <summary>Why shared input fields could not be written; each stops the build, at the record concerned (a schema that cannot be read, at none).</summary>
public static class SharedInputFieldsDiagnostics
{
    private const string Category = "Tracker.Api.Generators";

    public static readonly DiagnosticDescriptor SchemaUnreadable = new(
        "TRKGEN001", "A schema file cannot be read", "The schema cannot be read: {0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InputNotFound = new(
        "TRKGEN002", "An input named by [SharedInputFields] is not in the schema",
        "The schema declares no input {0} (named by [SharedInputFields] on {1}); the schema files are the project's AdditionalFiles ending in .graphql",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor TypesDiffer = new(
        "TRKGEN003", "A shared input field has different types",
        "Field {0} is {2} in {1} but {4} in {3}; one C# property cannot hold both",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownScalar = new(
        "TRKGEN004", "A shared input field's scalar has no C# type",
        "No C# type is known for scalar {0} ({1}.{2}); add it to CSharpTypes",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NestedRecord = new(
        "TRKGEN005", "A record marked [SharedInputFields] is nested in another type",
        "{0} is declared inside another type; declare it at the top of its namespace",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
