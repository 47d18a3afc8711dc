using System.Linq.Expressions;

namespace Tracker.Api.Letters;

/// <summary>The schema's SignatureFilter/Sort, mapped onto the entity.</summary>
internal static class SignatureQueryMaps
{
    public static FilterMap<Signature> Filters { get; } = new FilterMap<Signature>()
        .String("printedName", s => s.PrintedName)
        .Int("position", s => s.Position)
        .Custom<SignatoryKind>("signatoryKind", kind => kind == SignatoryKind.Organization ? s => s.OrganizationId != null : s => s.PersonId != null)
        .String("state", s => s.Organization != null ? s.Organization.State : s.Person!.State)
        .Enum("organizationKind", s => s.Organization!.Kind)
        .Custom<string>("letter", slug => s => s.Letter.Slug == slug)
        .Custom<bool>("withdrawn", withdrawn => withdrawn ? s => s.WithdrawnOn != null : s => s.WithdrawnOn == null);

    /// <summary>A letter's signatures: printed order by default.</summary>
    public static SortMap<Signature> SortsByPosition { get; } = Keys(new SortMap<Signature>(s => s.Id, [(Key<Signature, int>(s => s.Position), false)]));

    /// <summary>A signatory's signatures: by the letter's date, then position.</summary>
    public static SortMap<Signature> SortsBySignatory { get; } = Keys(new SortMap<Signature>(s => s.Id, [(Key<Signature, DateOnly?>(s => s.Letter.WrittenOn), false), (Key<Signature, int>(s => s.Position), false)]));

    private static SortMap<Signature> Keys(SortMap<Signature> sorts) => sorts
        .Add("position", s => s.Position)
        .Add("printedName", s => s.PrintedName)
        .Add("letterWrittenOn", s => s.Letter.WrittenOn);

    private static LambdaExpression Key<TEntity, TKey>(Expression<Func<TEntity, TKey>> key) => key;
}
