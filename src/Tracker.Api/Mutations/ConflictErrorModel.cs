namespace Tracker.Api.Mutations;

/// <summary>The record changed since the version the input carries.</summary>
public sealed record ConflictErrorModel(string Message, IReadOnlyList<string>? Field, int CurrentVersion) : UserErrorModel(Message, Field)
{
    public override UserErrorCode Code => UserErrorCode.Conflict;
}
