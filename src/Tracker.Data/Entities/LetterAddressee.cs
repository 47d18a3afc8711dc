namespace Tracker.Data.Entities;

/// <summary>A recipient of a letter, or someone copied on it, in printed order.</summary>
public sealed class LetterAddressee
{
    public int Id { get; set; }

    public int LetterId { get; set; }

    public AddresseeRole Role { get; set; }

    public int Position { get; set; }

    public required string Name { get; set; }

    /// <summary>The record the printed entry names, where one does: at most one of person, organisation and body.</summary>
    public int? PersonId { get; set; }

    public Person? Person { get; set; }

    public int? OrganizationId { get; set; }

    public Organization? Organization { get; set; }

    public int? BodyId { get; set; }

    public Body? Body { get; set; }
}
