namespace Tracker.GraphQL.Execution;

/// <summary>
/// How the built-in resolver reads one member from values of one CLR type: built once per (type, name) and shared,
/// so a field group keeps the pair in one reference.
/// </summary>
internal sealed record MemberReader(Type SourceType, Func<object, object?> Read);
