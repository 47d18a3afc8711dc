namespace Tracker.GraphQL.Execution.Incremental;

/// <summary>
/// A list field's active <c>@stream</c> (graphql-js StreamUsage): how many items the list's own result holds,
/// the label, and the field group later items are completed with (the same nodes, outside any <c>@defer</c>).
/// </summary>
internal sealed record StreamUsage(int InitialCount, string? Label, FieldGroup ItemGroup);
