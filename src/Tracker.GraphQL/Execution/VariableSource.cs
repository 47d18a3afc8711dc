namespace Tracker.GraphQL.Execution;

/// <summary>Where a variable's value came from: the raw input if one was given (<see cref="HasValue"/>).</summary>
public sealed record VariableSource(VariableSignature Signature, bool HasValue, object? Value);
