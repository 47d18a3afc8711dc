namespace Tracker.Api.Statements;

public sealed record RecordStatementInput : StatementFields, ICreateInput
{
    public string Slug { get; init; } = "";

    public IReadOnlyList<CitationInput>? Sources { get; init; }
}
