namespace Tracker.Api.Mutations;

/// <summary>What a record's date columns keep of a <see cref="DateInput"/>; the parts a record cannot keep are refused, not dropped.</summary>
[Flags]
public enum DateParts
{
    /// <summary>The day and its precision: every dated column has these.</summary>
    DayAndPrecision = 0,

    /// <summary>What the date means (EXACT, ON_OR_BEFORE, PLANNED...).</summary>
    Qualifier = 1,

    /// <summary>The earliest and latest day a source bounds it to.</summary>
    Range = 2,

    /// <summary>Everything a status event's date has.</summary>
    All = Qualifier | Range,
}
