namespace Tracker.Data.Entities;

/// <summary>
/// A public body the documents name as an actor, speaker, addressee or affiliation: a legislature, a chamber, a
/// caucus, a city council, an agency, an office, a court. Bodies belong to a jurisdiction and sign nothing, so
/// they are not signatories.
/// </summary>
public sealed class Body : Tracked, INamedRecord
{
    public required string Slug { get; set; }

    public required string Name { get; set; }

    /// <summary>Lower-cased, punctuation-free form of the name, for matching and sorting (as for organisations).</summary>
    public required string NormalizedName { get; set; }

    public string? Acronym { get; set; }

    public BodyKind Kind { get; set; }

    public int JurisdictionId { get; set; }

    public Jurisdiction Jurisdiction { get; set; } = null!;

    /// <summary>The body it is part of (a chamber of its legislature); never itself or one of its own parts.</summary>
    public int? ParentId { get; set; }

    public Body? Parent { get; set; }

    /// <summary>As printed (ICE's address on the Morton letter).</summary>
    public string? Address { get; set; }

    public string? Notes { get; set; }

    public List<BodyAlias> Aliases { get; set; } = [];

    public List<Citation> Citations { get; set; } = [];
}
