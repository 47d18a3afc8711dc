namespace Tracker.Data.Entities;

/// <summary>An individual signer: a sheriff, a police chief, a priest.</summary>
public sealed class Person : Tracked, INamedRecord
{
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public required string NormalizedName { get; set; }

    public string? Title { get; set; }

    /// <summary>Letters printed after the name, as printed: "O.P.", "O.P., MSW, D. Min.".</summary>
    public string? PostNominals { get; set; }

    /// <summary>The public body the person is an official of.</summary>
    public int? BodyId { get; set; }

    public Body? Body { get; set; }

    /// <summary>As printed: "Lake County, Illinois".</summary>
    public string? Affiliation { get; set; }

    public int? OrganizationId { get; set; }

    public Organization? Organization { get; set; }

    public string? City { get; set; }

    public string? State { get; set; }

    /// <summary>Facts about the record that have no field of their own.</summary>
    public string? Notes { get; set; }

    public List<Signature> Signatures { get; set; } = [];

    public List<Citation> Citations { get; set; } = [];
}
