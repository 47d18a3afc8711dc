namespace Tracker.Api.Bodies;

/// <summary>Creating and updating public bodies: a body may be recorded before a source is cited on it.</summary>
public static class BodyWrites
{
    public static WritableKind<Body, BodyModel, BodyFields, BodyPayload> Kind { get; } = new(
        BodyQueryMaps.Records, "A body", SourcesRequired: false,
        (slug, citations) => new Body { Slug = slug, Name = "", NormalizedName = "", Citations = citations },
        ApplyAsync, (model, errors) => new BodyPayload(model, errors),
        Load: (scope, record, ct) => scope.Db.Entry(record).Collection(b => b.Aliases).LoadAsync(ct));

    private static async Task ApplyAsync(MutationScope scope, Body record, BodyFields input, CancellationToken ct)
    {
        input.Name.Then(name => scope.Rename(record, name));
        input.Acronym.Then(acronym => record.Acronym = scope.Optional<Body>(acronym, b => b.Acronym, "acronym"));
        input.Kind.Then(kind => record.Kind = scope.NotCleared(kind, record.Kind, "kind"));
        if (input.Jurisdiction is { HasValue: true, Value: null })
        {
            scope.Invalid("A body belongs to a jurisdiction (`US` for a federal one); it cannot be cleared.", "jurisdiction");
        }
        await scope.LinkAsync(input.Jurisdiction, scope.Db.Jurisdictions, j => j.Code, "jurisdiction", "jurisdiction", id => record.JurisdictionId = id ?? record.JurisdictionId, ct);
        await scope.LinkAsync(input.Parent, scope.Db.Bodies, b => b.Slug, "body", "parent", id => record.ParentId = id, ct);
        await CheckParentAsync(scope, record, ct);
        input.Address.Then(address => record.Address = scope.Optional<Body>(address, b => b.Address, "address"));
        input.Notes.Then(notes => record.Notes = scope.Optional<Body>(notes, b => b.Notes, "notes"));
        input.Aliases.Then(aliases =>
        {
            // Distinct from the name and from each other, as a reader would match them (case, accents, punctuation aside).
            var seen = new HashSet<string>(StringComparer.Ordinal) { record.NormalizedName };
            var kept = (aliases ?? []).Select((alias, i) => scope.Required<BodyAlias>(alias, a => a.Name, "aliases", LinkedRecords.Index(i)))
                .OfType<string>().Where(alias => seen.Add(NameNormalizer.Normalize(alias)));
            record.Aliases.Clear();
            record.Aliases.AddRange(kept.Select(alias => new BodyAlias { Name = alias, NormalizedName = NameNormalizer.Normalize(alias) }));
        });
    }

    /// <summary>A body is never part of itself, directly or through its parents (the chain is read up from the new parent).</summary>
    private static async Task CheckParentAsync(MutationScope scope, Body record, CancellationToken ct)
    {
        var seen = new HashSet<int>();
        for (var parent = record.ParentId; parent is { } key && record.Id != 0; parent = await scope.Db.Bodies.Where(b => b.Id == key).Select(b => b.ParentId).SingleAsync(ct))
        {
            if (key == record.Id || !seen.Add(key))
            {
                scope.Invalid("A body cannot be part of itself or of one of its own parts.", "parent");
                return;
            }
        }
    }
}
