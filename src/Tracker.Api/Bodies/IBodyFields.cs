namespace Tracker.Api.Bodies;

/// <summary>The fields of a body that <c>createBody</c> and <c>updateBody</c> share; an absent one changes nothing.</summary>
public interface IBodyFields
{
    Optional<string?> Name { get; }

    Optional<string?> Acronym { get; }

    Optional<BodyKind?> Kind { get; }

    Optional<string?> Jurisdiction { get; }

    Optional<string?> Parent { get; }

    Optional<string?> Address { get; }

    Optional<IReadOnlyList<string>?> Aliases { get; }

    Optional<string?> Notes { get; }
}
