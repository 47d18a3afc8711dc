namespace Tracker.Api.Bodies;

public sealed record UpdateBodyInput(
    string Id, int Version, Optional<string?> Name, Optional<string?> Acronym, Optional<BodyKind?> Kind, Optional<string?> Jurisdiction,
    Optional<string?> Parent, Optional<string?> Address, Optional<IReadOnlyList<string>?> Aliases, Optional<string?> Notes) : IBodyFields, IUpdateInput;
