namespace Tracker.Data.Entities;

/// <summary>What kind of record a search document describes.</summary>
public enum SearchKind
{
    Organization,
    Person,
    Letter,
    Jurisdiction,
    Body,
    Event,
    DeportationCase,
    Statement,
    Statistic,
}
