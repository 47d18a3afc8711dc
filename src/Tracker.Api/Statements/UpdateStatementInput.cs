namespace Tracker.Api.Statements;

public sealed record UpdateStatementInput(
    string Id, int Version, Optional<StatementKind?> Kind, Optional<ActionKind?> Action, Optional<IReadOnlyList<string>?> Speakers,
    Optional<string?> SpeakerName, Optional<string?> Text, Optional<string?> Language, Optional<DateInput?> Date, Optional<IReadOnlyList<string>?> AddressedTo,
    Optional<IReadOnlyList<string>?> Jurisdictions, Optional<string?> Letter, Optional<string?> Legislation, Optional<string?> Event,
    Optional<string?> Notes) : IStatementFields, IUpdateInput;
