using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Tracker.Api.Generators;

/// <summary>
/// Writes the properties of a record marked <c>[SharedInputFields("CreateXInput", "UpdateXInput")]</c>: one
/// <c>Optional&lt;T?&gt;</c> per field the two SDL input types share, so a kind's create and update inputs (which both
/// extend the record) are declared once, in the SDL, and one method can apply either. Before this, each kind's fields
/// were listed twice: in the SDL for clients and again by hand in C#.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SharedInputFieldsGenerator : IIncrementalGenerator
{
    public const string AttributeName = "Tracker.Api.Generators.SharedInputFieldsAttribute";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(output => output.AddSource(
            "SharedInputFieldsAttribute.g.cs",
            SourceText.From(SharedInputFieldsSource.Attribute, System.Text.Encoding.UTF8)));

        var inputs = context.AdditionalTextsProvider
            .Where(file => file.Path.EndsWith(".graphql", System.StringComparison.OrdinalIgnoreCase))
            .Select((file, ct) => SdlFile.Read(file.Path, file.GetText(ct)?.ToString() ?? ""))
            .Collect()
            .Select((files, _) => SdlInputs.Of(files));

        var records = context.SyntaxProvider.ForAttributeWithMetadataName(
            AttributeName,
            predicate: (_, _) => true,
            transform: (attributed, _) => SharedFieldsRequest.Of(attributed));

        // A schema that cannot be read is reported once, not once per record (it is no record's fault).
        context.RegisterSourceOutput(inputs, (output, schema) =>
        {
            foreach (var problem in schema.Problems)
            {
                output.ReportDiagnostic(Diagnostic.Create(SharedInputFieldsDiagnostics.SchemaUnreadable, Location.None, problem));
            }
        });
        context.RegisterSourceOutput(records.Combine(inputs), (output, pair) => Emit(output, pair.Left, pair.Right));
    }

    private static void Emit(SourceProductionContext output, SharedFieldsRequest request, SdlInputs inputs)
    {
        if (request.Nested)
        {
            output.ReportDiagnostic(Diagnostic.Create(SharedInputFieldsDiagnostics.NestedRecord, request.Location.ToLocation(), request.Name));
            return;
        }

        var fields = inputs.Shared(request, out var diagnostic);
        if (fields is null)
        {
            output.ReportDiagnostic(diagnostic!);
            return;
        }

        output.AddSource($"{request.FullName}.SharedInputFields.g.cs", SourceText.From(SharedInputFieldsSource.Record(request, fields), System.Text.Encoding.UTF8));
    }
}
