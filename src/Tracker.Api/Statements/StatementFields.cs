namespace Tracker.Api.Statements;

/// <summary>
/// The fields of a statement that <c>recordStatement</c> and <c>updateStatement</c> share, each absent unless the input gives it
/// (an absent field changes nothing, null clears); both inputs extend this record, so one method applies either.
/// </summary>
public abstract record StatementFields
{
    public Optional<StatementKind?> Kind { get; init; }

    public Optional<ActionKind?> Action { get; init; }

    public Optional<IReadOnlyList<string>?> Speakers { get; init; }

    public Optional<string?> SpeakerName { get; init; }

    public Optional<string?> Text { get; init; }

    public Optional<string?> Language { get; init; }

    public Optional<DateInput?> Date { get; init; }

    public Optional<IReadOnlyList<string>?> AddressedTo { get; init; }

    public Optional<IReadOnlyList<string>?> Jurisdictions { get; init; }

    public Optional<string?> Letter { get; init; }

    public Optional<string?> Legislation { get; init; }

    public Optional<string?> Event { get; init; }

    public Optional<string?> Notes { get; init; }
}
