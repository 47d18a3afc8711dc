namespace Tracker.Api.Infrastructure;

/// <summary>
/// The schema's names of the object types that are records: written into global ids, audit entries and the
/// <c>node</c> lookup, and matching the entity class names (the audit log and <see cref="Mutations.MutationScope"/>
/// rely on that). One place, so a rename in the schema is one edit.
/// </summary>
public static class TypeNames
{
    public const string Jurisdiction = "Jurisdiction";
    public const string StatusEvent = "StatusEvent";
    public const string Legislation = "Legislation";
    public const string LegislationStage = "LegislationStage";
    public const string Organization = "Organization";
    public const string Person = "Person";
    public const string Letter = "Letter";
    public const string Signature = "Signature";
    public const string Source = "Source";
    public const string Event = "Event";
    public const string Body = "Body";
    public const string DeportationCase = "DeportationCase";
    public const string Statement = "Statement";
    public const string Statistic = "Statistic";
    public const string Citation = "Citation";
    public const string AuditEntry = "AuditEntry";

    /// <summary>Not a record (no global id), but named in the key mutations' payloads and the maintainers' queries.</summary>
    public const string ApiKey = "ApiKey";
}
