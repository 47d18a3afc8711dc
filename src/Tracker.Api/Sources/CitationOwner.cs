namespace Tracker.Api.Sources;

/// <summary>Which kind of record a citation belongs to (one owner column per kind, named after it: <c>LetterId</c>).</summary>
public enum CitationOwner
{
    Jurisdiction,
    StatusEvent,
    Legislation,
    LegislationStage,
    Organization,
    Person,
    Letter,
    Event,
    Body,
    DeportationCase,
    Statement,
    Statistic,
}
