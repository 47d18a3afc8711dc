namespace Tracker.Api.Cases;

/// <summary>The fields of a case that <c>createDeportationCase</c> and <c>updateDeportationCase</c> share; an absent one changes nothing.</summary>
public interface IDeportationCaseFields
{
    Optional<string?> Name { get; }

    Optional<string?> Community { get; }

    Optional<string?> Jurisdiction { get; }

    Optional<string?> Situation { get; }

    Optional<IReadOnlyList<string>?> Petitions { get; }

    Optional<DateInput?> ReportedOn { get; }

    Optional<string?> Notes { get; }
}
