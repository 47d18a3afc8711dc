namespace Tracker.GraphQL.Language;

/// <summary>A one-based line and column, as reported in a GraphQL error's <c>locations</c>.</summary>
public readonly record struct SourceLocation(int Line, int Column);
