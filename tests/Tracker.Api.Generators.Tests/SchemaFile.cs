using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Tracker.Api.Generators.Tests;

/// <summary>A schema file handed to the generator as the compiler hands it the project's AdditionalFiles.</summary>
internal sealed class SchemaFile(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
}
