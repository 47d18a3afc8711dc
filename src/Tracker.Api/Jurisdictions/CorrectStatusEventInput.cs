namespace Tracker.Api.Jurisdictions;

public sealed record CorrectStatusEventInput(
    string Id, int Version, Optional<ParticipationStatus?> Status, Optional<DateOnly?> EffectiveOn, Optional<DatePrecision?> DatePrecision,
    Optional<DateQualifier?> DateQualifier, Optional<DateOnly?> EarliestOn, Optional<DateOnly?> LatestOn, Optional<string?> Actor, Optional<string?> Description) : IUpdateInput;
