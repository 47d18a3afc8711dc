namespace Tracker.GraphQL.Validation;

public sealed record ValidationOptions
{
    public static ValidationOptions Default { get; } = new();

    /// <summary>Stop after this many errors (graphql-js maxErrors, default 100).</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>Omit "Did you mean" suggestions (they can reveal schema details).</summary>
    public bool HideSuggestions { get; init; }

    /// <summary>graphql-js 17 accepts empty selection sets unless told not to.</summary>
    public bool AllowEmptySelectionSets { get; init; } = true;
}
