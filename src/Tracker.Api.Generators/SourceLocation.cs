using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Tracker.Api.Generators;

/// <summary>
/// A place in a source file, kept as values: the incremental pipeline compares its models to skip unchanged work,
/// and a <see cref="Location"/> holds its syntax tree, which changes with every edit.
/// </summary>
public sealed record SourceLocation(string Path, TextSpan Span, LinePositionSpan Lines)
{
    public static SourceLocation Of(Location location) => new(location.SourceTree?.FilePath ?? "", location.SourceSpan, location.GetLineSpan().Span);

    public Location ToLocation() => Location.Create(Path, Span, Lines);
}
