namespace Tracker.GraphQL.Language;

/// <summary>
/// Limits that keep hostile documents from exhausting the parser, and graphql-js's parse options. Every
/// limit stops parsing with a syntax error instead of letting a document cost unbounded time or stack.
/// </summary>
public sealed record ParseOptions
{
    public static ParseOptions Default { get; } = new();

    /// <summary>Most lexical tokens a document may have (graphql-js's maxTokens); null for no limit.
    /// Comments and the end of the document do not count, as in graphql-js.</summary>
    public int? MaxTokens { get; init; } = 100_000;

    /// <summary>
    /// Deepest nesting of selection sets, list and object values and list types, counted together. The parser
    /// recurses once per level, so this bounds its stack use; every later stage (validation, execution)
    /// inherits the bound. The default is safe on a 1 MB thread stack.
    /// </summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Most comments a document may have (graphql-js's maxComments); null for no limit.</summary>
    public int? MaxComments { get; init; }

    /// <summary>Longest source, in UTF-16 code units (graphql-js's maxSourceLength); null for no limit.</summary>
    public int? MaxSourceLength { get; init; }

    /// <summary>Whether <c>{}</c> parses as an empty selection set (graphql-js 17's default); when false it is a
    /// syntax error, as the specification's grammar says.</summary>
    public bool AllowEmptySelectionSets { get; init; } = true;

    /// <summary>Skip recording node locations (faster; errors then carry no locations).</summary>
    public bool NoLocation { get; init; }
}
