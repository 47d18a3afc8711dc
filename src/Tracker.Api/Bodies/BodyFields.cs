namespace Tracker.Api.Bodies;

/// <summary>
/// The fields of a body that <c>createBody</c> and <c>updateBody</c> share, each absent unless the input gives it
/// (an absent field changes nothing, null clears); both inputs extend this record, so one method applies either.
/// </summary>
public abstract record BodyFields
{
    public Optional<string?> Name { get; init; }

    public Optional<string?> Acronym { get; init; }

    public Optional<BodyKind?> Kind { get; init; }

    public Optional<string?> Jurisdiction { get; init; }

    public Optional<string?> Parent { get; init; }

    public Optional<string?> Address { get; init; }

    public Optional<IReadOnlyList<string>?> Aliases { get; init; }

    public Optional<string?> Notes { get; init; }
}
