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

    /// <summary>
    /// No letter has this kind any more: campaigns are events (<see cref="Event"/>), and letters of this kind are
    /// moved there by the migration <c>RecordData</c>. The member stays because the
    /// move reads such rows, and the API keeps the value, deprecated, so that clients' documents stay valid.
    /// </summary>
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

/// <summary>What kind of public body a <see cref="Body"/> is.</summary>
public enum BodyKind
{
    Legislature,
    Chamber,
    Committee,
    Caucus,
    Council,
    Department,
    Agency,
    Office,
    AdvisoryBody,
    Court,
    ExecutiveOffice,
}

/// <summary>What kind of gathering or action an <see cref="Event"/> is.</summary>
public enum EventKind
{
    Meeting,
    Protest,
    Bannering,
    LegalClinic,
    Hearing,
    CallInDay,
    DayOfAction,
    March,
    LegislativeSession,
    Campaign,
    Other,
}

/// <summary>The unit of a <see cref="Statistic"/>.</summary>
public enum StatisticUnit
{
    /// <summary>A share, 0 to 100.</summary>
    Percent,
    People,
    PeoplePerYear,
}

/// <summary>Whether a <see cref="Statement"/> is someone's words or a deed.</summary>
public enum StatementKind
{
    /// <summary>The speaker's own words, as printed.</summary>
    Quote,

    /// <summary>What a document reports the speaker said, without quotation marks.</summary>
    Paraphrase,

    /// <summary>A deed: an audit, a call, a lawsuit, a resignation.</summary>
    Action,
}

/// <summary>What kind of deed an ACTION statement records.</summary>
public enum ActionKind
{
    Announcement,
    Audit,
    Call,
    CallForMoratorium,
    Campaign,
    Launch,
    Lawsuit,
    Letter,
    Opposition,
    Pressure,
    Recommendation,
    Report,
    Resignation,
    Ruling,
    Veto,
    Other,
}

/// <summary>What part a person, organisation or body plays in the record an <see cref="ActorLink"/> belongs to.</summary>
public enum ActorRole
{
    /// <summary>Introduced the legislation, or is printed as an event's sponsor.</summary>
    Sponsor,

    /// <summary>Whose decision a piece of legislation, or a stage of it, is.</summary>
    Actor,

    /// <summary>Campaigned for the legislation.</summary>
    Supporter,

    /// <summary>Campaigned against the legislation.</summary>
    Opponent,

    /// <summary>Organised the event.</summary>
    Organizer,

    /// <summary>Took part in the event.</summary>
    Participant,

    /// <summary>The event or statement was addressed to them.</summary>
    AddressedTo,

    /// <summary>Said or did what the statement records.</summary>
    Speaker,

    /// <summary>States the figure of a statistic.</summary>
    AttributedTo,
}
