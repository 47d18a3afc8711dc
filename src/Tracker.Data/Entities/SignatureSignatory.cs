namespace Tracker.Data.Entities;

/// <summary>
/// One of those who sign on a printed line, exactly one of organisation and person. Most lines have one, the
/// signature's own organisation or person; a joint line ("IRATE &amp; First Friends", "La Fuente: NYCPP &amp; LICPP")
/// lists each organisation it names, while the signature keeps the record the line was first filed under.
/// </summary>
public sealed class SignatureSignatory
{
    public int Id { get; set; }

    public int SignatureId { get; set; }

    public int Position { get; set; }

    public int? OrganizationId { get; set; }

    public Organization? Organization { get; set; }

    public int? PersonId { get; set; }

    public Person? Person { get; set; }
}
