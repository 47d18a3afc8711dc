namespace Tracker.Data.Entities;

/// <summary>An organisation that signs letters.</summary>
public sealed class Organization : Tracked, INamedRecord
{
    public required string Slug { get; set; }

    public required string Name { get; set; }

    /// <summary>Lower-cased, punctuation-free form of the name, for matching signers to organisations.</summary>
    public required string NormalizedName { get; set; }

    public string? Acronym { get; set; }

    /// <summary>The acronym as signers are matched by it: letters and digits, upper case ("N.D.L.O.N." is NDLON); set on save.</summary>
    public string? NormalizedAcronym { get; set; }

    public OrganizationKind Kind { get; set; }

    public string? City { get; set; }

    /// <summary>Postal code of the state.</summary>
    public string? State { get; set; }

    public string? Website { get; set; }

    public int? ParentId { get; set; }

    public Organization? Parent { get; set; }

    /// <summary>Facts about the record that have no field of their own.</summary>
    public string? Notes { get; set; }

    public List<OrganizationAlias> Aliases { get; set; } = [];

    public List<Signature> Signatures { get; set; } = [];

    public List<Citation> Citations { get; set; } = [];
}
