namespace Tracker.Api.Mutations;

/// <summary>An expected reason a mutation did not apply (the schema's <c>UserError</c> interface).</summary>
public abstract record UserErrorModel(string Message, IReadOnlyList<string>? Field)
{
    public abstract UserErrorCode Code { get; }
}
