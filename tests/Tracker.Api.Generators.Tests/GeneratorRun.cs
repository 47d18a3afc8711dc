using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Tracker.Api.Generators.Tests;

/// <summary>
/// Runs <see cref="SharedInputFieldsGenerator"/> as the compiler does: over C# source and schema files given as
/// additional files, against the running framework's assemblies; the result is the compilation with the generated
/// code and every diagnostic, the generator's and the compiler's.
/// </summary>
internal sealed record GeneratorRun(Compilation Compilation, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<GeneratedSourceResult> Sources)
{
    /// <summary>The stand-in for the server's binding type that the generated properties name.</summary>
    private const string OptionalSource = """
        namespace Tracker.GraphQL.Server.Binding;

        public readonly record struct Optional<T>(bool HasValue, T Value);
        """;

    public static GeneratorRun Of(string csharp, params string[] schemaFiles)
    {
        var compilation = CSharpCompilation.Create(
            "Generated",
            [CSharpSyntaxTree.ParseText(OptionalSource, Options, "Optional.cs"), CSharpSyntaxTree.ParseText(csharp, Options, "Input.cs")],
            FrameworkReferences(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var schemas = schemaFiles.Select((text, i) => (AdditionalText)new SchemaFile($"schema/{i:00}.graphql", text)).ToImmutableArray();
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new SharedInputFieldsGenerator().AsSourceGenerator()], schemas, Options);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var sources = driver.GetRunResult().Results.Single().GeneratedSources;
        return new GeneratorRun(output, generatorDiagnostics.AddRange(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)), sources);
    }

    /// <summary>The generated text of the record named, as the compiler would see it.</summary>
    public string SourceOf(string recordName) =>
        Sources.Single(s => s.HintName.EndsWith($".{recordName}.SharedInputFields.g.cs", StringComparison.Ordinal)).SourceText.ToString();

    /// <summary>Each property the record has, with its type as C# writes it.</summary>
    public IReadOnlyList<(string Name, string Type)> PropertiesOf(string typeName) =>
        Compilation.GetTypeByMetadataName(typeName)!.GetMembers().OfType<IPropertySymbol>()
            .Where(p => !p.IsImplicitlyDeclared && p.Name != "EqualityContract")
            .Select(p => (p.Name, p.Type.ToDisplayString()))
            .ToList();

    private static readonly CSharpParseOptions Options = new(LanguageVersion.Latest);

    private static IEnumerable<MetadataReference> FrameworkReferences() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Select(path => MetadataReference.CreateFromFile(path));
}
