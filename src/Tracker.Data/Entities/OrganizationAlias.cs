namespace Tracker.Data.Entities;

/// <summary>Another printed form of an organisation's name (the same group signs differently on different letters).</summary>
public sealed class OrganizationAlias
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    public Organization Organization { get; set; } = null!;

    public required string Name { get; set; }

    public required string NormalizedName { get; set; }
}
