namespace Tracker.Api.Mutations;

/// <summary>An unacceptable input value.</summary>
public sealed record ValidationErrorModel(string Message, IReadOnlyList<string>? Field) : UserErrorModel(Message, Field)
{
    public override UserErrorCode Code => UserErrorCode.InvalidInput;
}
