namespace Tracker.Data.Entities;

/// <summary>
/// One of those who sign on a printed line: one for most lines, several for a joint line ("IRATE &amp; First
/// Friends"). Position 1 is the signature's own organisation or person; exactly one of the two is set.
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
