namespace Tracker.Data.Entities;

// Stored as their names (strings) so the database stays readable and reordering members is safe.

public enum JurisdictionKind
{
    Country,
    State,
    District,
    Territory,
    County,
    City,
}

/// <summary>Secure Communities participation, as the source documents describe it.</summary>
public enum ParticipationStatus
{
    Unknown,
    Participating,
    RefusedToJoin,
    Withdrew,
    OptOutRequested,
    LimitedByLaw,
    ActivatedOverObjection,
}

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

/// <summary>How exact a date is: sources sometimes give only a month or a year.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}

public enum OrganizationKind
{
    Nonprofit,
    Coalition,
    Union,
    Faith,
    LegalServices,
    LawFirm,
    Government,
    LawEnforcement,
    Academic,
    Other,
}

public enum LetterKind
{
    SignOnLetter,
    Petition,
    Report,

    /// <summary>An organised action with a common message and no signatures: a call-in day, a protest.</summary>
    Campaign,
}

public enum LegislationKind
{
    Bill,
    Resolution,
    ExecutiveAction,
    CouncilVote,
}

public enum LegislationStance
{
    LimitsParticipation,
    Opposes,
    Supports,
    Neutral,
}

public enum LegislationStageKind
{
    Introduced,
    PassedChamber,
    Passed,
    AwaitingSignature,
    Signed,
    Vetoed,
    Adopted,
    Replaced,
    Other,
}

public enum AddresseeRole
{
    To,
    Cc,
}
