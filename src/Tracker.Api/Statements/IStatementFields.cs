namespace Tracker.Api.Statements;

/// <summary>The fields of a statement that <c>recordStatement</c> and <c>updateStatement</c> share; an absent one changes nothing.</summary>
public interface IStatementFields
{
    Optional<StatementKind?> Kind { get; }

    Optional<ActionKind?> Action { get; }

    Optional<IReadOnlyList<string>?> Speakers { get; }

    Optional<string?> SpeakerName { get; }

    Optional<string?> Text { get; }

    Optional<string?> Language { get; }

    Optional<DateInput?> Date { get; }

    Optional<IReadOnlyList<string>?> AddressedTo { get; }

    Optional<IReadOnlyList<string>?> Jurisdictions { get; }

    Optional<string?> Letter { get; }

    Optional<string?> Legislation { get; }

    Optional<string?> Event { get; }

    Optional<string?> Notes { get; }
}
