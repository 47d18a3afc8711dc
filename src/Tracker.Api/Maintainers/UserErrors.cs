namespace Tracker.Api.Maintainers;

/// <summary>The schema's <c>UserErrorCode</c>.</summary>
public enum UserErrorCode
{
    InvalidInput,
    NotFound,
    Conflict,
}

/// <summary>An expected reason a mutation did not apply (the schema's <c>UserError</c> interface).</summary>
public abstract record UserErrorModel(string Message, IReadOnlyList<string>? Field)
{
    public abstract UserErrorCode Code { get; }
}

/// <summary>An unacceptable input value.</summary>
public sealed record ValidationErrorModel(string Message, IReadOnlyList<string>? Field) : UserErrorModel(Message, Field)
{
    public override UserErrorCode Code => UserErrorCode.InvalidInput;
}

/// <summary>A record the input names does not exist.</summary>
public sealed record NotFoundErrorModel(string Message, IReadOnlyList<string>? Field) : UserErrorModel(Message, Field)
{
    public override UserErrorCode Code => UserErrorCode.NotFound;
}

/// <summary>The record changed since the version the input carries.</summary>
public sealed record ConflictErrorModel(string Message, IReadOnlyList<string>? Field, int CurrentVersion) : UserErrorModel(Message, Field)
{
    public override UserErrorCode Code => UserErrorCode.Conflict;
}
