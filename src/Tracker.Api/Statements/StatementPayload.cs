namespace Tracker.Api.Statements;

public sealed record StatementPayload(StatementModel? Statement, IReadOnlyList<UserErrorModel> Errors);
