namespace Tracker.Api.Mutations;

/// <summary>A record the input names does not exist.</summary>
public sealed record NotFoundErrorModel(string Message, IReadOnlyList<string>? Field) : UserErrorModel(Message, Field)
{
    public override UserErrorCode Code => UserErrorCode.NotFound;
}
