namespace Tracker.Api.Letters;

/// <summary>A signature as the API reads it.</summary>
public sealed record SignatureModel : TrackedModel
{
    public int LetterKey { get; init; }

    public int? OrganizationKey { get; init; }

    public int? PersonKey { get; init; }

    public string PrintedName { get; init; } = "";

    public int Position { get; init; }

    public DateOnly? SignedOn { get; init; }

    public DateOnly? WithdrawnOn { get; init; }
}
