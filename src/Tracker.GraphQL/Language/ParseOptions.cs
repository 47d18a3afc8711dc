namespace Tracker.GraphQL.Language;

/// <summary>Limits that keep hostile documents from exhausting the parser (STUB: language work package may extend).</summary>
public sealed record ParseOptions
{
    public static ParseOptions Default { get; } = new();

    /// <summary>Most lexical tokens a document may have; null for no limit.</summary>
    public int? MaxTokens { get; init; } = 100_000;

    /// <summary>Deepest nesting of selection sets, lists, objects and type wrappers before parsing stops.</summary>
    public int MaxDepth { get; init; } = 500;
}
