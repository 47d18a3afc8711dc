namespace Tracker.Api.Statements;

public sealed record UpdateStatementInput : StatementFields, IUpdateInput
{
    public string Id { get; init; } = "";

    public int Version { get; init; }
}
