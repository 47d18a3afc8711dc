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

/// <summary>Another printed form of an organisation's name (the same group signs differently on different letters).</summary>
public sealed class OrganizationAlias
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    public Organization Organization { get; set; } = null!;

    public required string Name { get; set; }

    public required string NormalizedName { get; set; }
}

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
