namespace Tracker.Data.Entities;

// Stored as their names (strings) so the database stays readable and reordering members is safe.

/// <summary>What a recorded date means: the documents often only show that something had happened by a date.</summary>
public enum DateQualifier
{
    /// <summary>It happened on that date (to its precision).</summary>
    Exact,

    /// <summary>It had happened by then: the date of the earliest document reporting it.</summary>
    OnOrBefore,

    /// <summary>It happened after that date: the latest document showing it had not yet happened.</summary>
    OnOrAfter,

    /// <summary>An estimate, explained in the record's description.</summary>
    Estimated,

    /// <summary>An announced future effect ("mandatory for 2013"): the date is when it was to take effect.</summary>
    Planned,
}
