namespace Tracker.GraphQL.Language;

/// <summary>
/// Limits that keep hostile documents from exhausting the parser. Both stop parsing with a syntax error
/// instead of letting a document cost unbounded time or stack.
/// </summary>
public sealed record ParseOptions
{
    public static ParseOptions Default { get; } = new();

    /// <summary>Most lexical tokens a document may have (graphql-js's maxTokens); null for no limit.</summary>
    public int? MaxTokens { get; init; } = 100_000;

    /// <summary>
    /// Deepest nesting of selection sets, list and object values and list types. The parser recurses once
    /// per level, so this bounds its stack use; every later stage (validation, execution) inherits the bound.
    /// </summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Skip recording node locations (faster; errors then carry no locations).</summary>
    public bool NoLocation { get; init; }
}
