namespace Tracker.Api.Organizations;

/// <summary>Creating and updating organisations (merging two is <see cref="OrganizationMutations.MergeOrganizations"/>).</summary>
public static class OrganizationWrites
{
    public static MutableKind<Organization, OrganizationModel, OrganizationPayload> Kind { get; } = new(
        (model, errors) => new OrganizationPayload(model, errors),
        Load: (scope, organization, ct) => scope.Db.Entry(organization).Collection(o => o.Aliases).LoadAsync(ct));

    public static async Task<Organization?> NewAsync(MutationScope scope, CreateOrganizationInput input, CancellationToken ct)
    {
        var name = scope.Name<Organization>(input.Name, o => o.Name, "name");
        var slug = scope.Slug(input.Slug, "slug") ?? (name is null ? null : await FreeSlugAsync(scope.Db, InputChecks.SlugFrom(name), ct));
        // Organisations and people share one space of slugs, so a signatory's slug names one record.
        if (input.Slug is not null && (await scope.Db.Organizations.AnyAsync(o => o.Slug == input.Slug, ct) || await scope.Db.People.AnyAsync(p => p.Slug == input.Slug, ct)))
        {
            scope.Invalid($"An organisation or person already has the slug \"{input.Slug}\".", "slug");
        }
        var parent = await scope.ReferencedAsync(scope.Db.Organizations, input.Parent, o => o.Slug, "organisation", "parent", ct);
        scope.HttpUrl(input.Website, "website");
        return new Organization
        {
            Slug = slug ?? "",
            Name = name ?? "",
            NormalizedName = NameNormalizer.Normalize(name ?? ""),
            Acronym = scope.Optional<Organization>(input.Acronym, o => o.Acronym, "acronym"),
            Kind = input.Kind,
            City = scope.Optional<Organization>(input.City, o => o.City, "city"),
            State = scope.StateCode(input.State, "state"),
            Website = scope.Optional<Organization>(input.Website, o => o.Website, "website"),
            Parent = parent,
            Aliases = Aliases(scope, input.Aliases, name),
        };
    }

    public static Task ApplyAsync(MutationScope scope, Organization organization, UpdateOrganizationInput input, CancellationToken ct)
    {
        input.Name.Then(name => scope.Rename(organization, name));
        input.Acronym.Then(acronym => organization.Acronym = scope.Optional<Organization>(acronym, o => o.Acronym, "acronym"));
        input.Kind.Then(kind => organization.Kind = scope.NotCleared(kind, organization.Kind, "kind"));
        input.City.Then(city => organization.City = scope.Optional<Organization>(city, o => o.City, "city"));
        input.State.Then(state => organization.State = scope.StateCode(state, "state"));
        input.Website.Then(website =>
        {
            scope.HttpUrl(website, "website");
            organization.Website = scope.Optional<Organization>(website, o => o.Website, "website");
        });
        input.Notes.Then(notes => organization.Notes = scope.Optional<Organization>(notes, o => o.Notes, "notes"));
        input.Aliases.Then(aliases =>
        {
            organization.Aliases.Clear();
            organization.Aliases.AddRange(Aliases(scope, aliases, organization.Name));
        });
        return Task.CompletedTask;
    }

    /// <summary>Aliases distinct from the name and from each other, ignoring case, accents and punctuation.</summary>
    internal static List<OrganizationAlias> Aliases(MutationScope scope, IReadOnlyList<string>? aliases, string? name, IEnumerable<string>? existing = null)
    {
        var seen = new HashSet<string>(existing ?? []) { NameNormalizer.Normalize(name ?? "") };
        var result = new List<OrganizationAlias>();
        for (var i = 0; i < (aliases?.Count ?? 0); i++)
        {
            var alias = scope.Required<OrganizationAlias>(aliases![i], a => a.Name, "aliases", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (alias is not null && seen.Add(NameNormalizer.Normalize(alias)))
            {
                result.Add(new OrganizationAlias { Name = alias, NormalizedName = NameNormalizer.Normalize(alias) });
            }
        }
        return result;
    }

    /// <summary>The slug itself, else "-2", "-3"...: the first that no organisation or person has.</summary>
    internal static async Task<string> FreeSlugAsync(Tracker.Data.TrackerDbContext db, string slug, CancellationToken cancellationToken)
    {
        var candidate = slug;
        for (var n = 2; await db.Organizations.AnyAsync(o => o.Slug == candidate, cancellationToken) || await db.People.AnyAsync(p => p.Slug == candidate, cancellationToken); n++)
        {
            candidate = $"{slug}-{n}";
        }
        return candidate;
    }
}
