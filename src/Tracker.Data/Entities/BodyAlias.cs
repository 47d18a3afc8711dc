namespace Tracker.Data.Entities;

/// <summary>Another printed form of a body's name, Spanish names included.</summary>
public sealed class BodyAlias
{
    public int Id { get; set; }

    public int BodyId { get; set; }

    public required string Name { get; set; }

    public required string NormalizedName { get; set; }
}
