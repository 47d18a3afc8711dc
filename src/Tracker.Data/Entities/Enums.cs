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
