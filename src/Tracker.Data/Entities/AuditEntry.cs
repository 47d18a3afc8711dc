namespace Tracker.Data.Entities;

/// <summary>One successful mutation: who, when, what was asked, and the object before and after (JSON).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public required string KeyName { get; set; }

    public required string Mutation { get; set; }

    /// <summary>The GraphQL type of the main object changed ("Jurisdiction").</summary>
    public required string ObjectType { get; set; }

    public int ObjectId { get; set; }

    public required string Input { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}
