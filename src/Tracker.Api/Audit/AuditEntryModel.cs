namespace Tracker.Api.Audit;

/// <summary>An audit entry as the API reads it.</summary>
public sealed record AuditEntryModel(DateTime At, string KeyName, string Mutation, string ObjectType, int ObjectKey, string Input, string? Before, string? After)
{
    public string ObjectId => GlobalId.Encode(ObjectType, ObjectKey);
}
