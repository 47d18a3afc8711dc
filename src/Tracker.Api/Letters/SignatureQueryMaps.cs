namespace Tracker.Api.Letters;

/// <summary>The schema's SignatureFilter/Sort, mapped onto the entity.</summary>
internal static class SignatureQueryMaps
{
    public static FilterMap<Signature> Filters { get; } = new FilterMap<Signature>()
        .Named("printedName", "position")
        .Custom<SignatoryKind>("signatoryKind", kind => kind == SignatoryKind.Organization ? s => s.OrganizationId != null : s => s.PersonId != null)
        .String("state", s => s.Organization != null ? s.Organization.State : s.Person!.State)
        .Named("organizationKind")
        .Is("letter", s => s.Letter.Slug)
        .Custom<bool>("withdrawn", withdrawn => withdrawn ? s => s.WithdrawnOn != null : s => s.WithdrawnOn == null);

    /// <summary>A letter's signatures: printed order by default.</summary>
    public static SortMap<Signature> SortsByPosition { get; } = Keys(new SortMap<Signature>(s => s.Id, [SortKey<Signature>.Ascending(s => s.Position)]));

    /// <summary>A signatory's signatures: by the letter's date, then position.</summary>
    public static SortMap<Signature> SortsBySignatory { get; } = Keys(new SortMap<Signature>(s => s.Id, [SortKey<Signature>.Ascending(s => s.Letter.WrittenOn), SortKey<Signature>.Ascending(s => s.Position)]));

    private static SortMap<Signature> Keys(SortMap<Signature> sorts) => sorts
        .Named("position", "printedName", "letterWrittenOn");

    /// <summary>A letter's signatures, in printed order.</summary>
    public static ChildList<Signature, SignatureModel> OfLetter { get; } =
        new("Letter.signatures", s => s.LetterId, m => m.LetterKey, db => db.Signatures, Filters, SortsByPosition);

    /// <summary>An organisation's signatures, by the letters' dates.</summary>
    public static ChildList<Signature, SignatureModel> OfOrganization { get; } = new(
        "Organization.signatures", s => s.OrganizationId!.Value, m => m.OrganizationKey ?? 0, db => db.Signatures.Where(s => s.OrganizationId != null), Filters, SortsBySignatory);

    /// <summary>A person's signatures, by the letters' dates.</summary>
    public static ChildList<Signature, SignatureModel> OfPerson { get; } =
        new("Person.signatures", s => s.PersonId!.Value, m => m.PersonKey ?? 0, db => db.Signatures.Where(s => s.PersonId != null), Filters, SortsBySignatory);
}
