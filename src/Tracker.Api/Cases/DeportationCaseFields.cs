namespace Tracker.Api.Cases;

/// <summary>
/// The fields of a deportation case that <c>createDeportationCase</c> and <c>updateDeportationCase</c> share, each absent unless the input gives it
/// (an absent field changes nothing, null clears); both inputs extend this record, so one method applies either.
/// </summary>
public abstract record DeportationCaseFields
{
    public Optional<string?> Name { get; init; }

    public Optional<string?> Community { get; init; }

    public Optional<string?> Jurisdiction { get; init; }

    public Optional<string?> Situation { get; init; }

    public Optional<IReadOnlyList<string>?> Petitions { get; init; }

    public Optional<DateInput?> ReportedOn { get; init; }

    public Optional<string?> Notes { get; init; }
}
