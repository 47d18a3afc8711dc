namespace Tracker.Api.Organizations;

/// <summary>Creating, updating and merging organisations.</summary>
[GraphQLType("Mutation")]
public sealed class OrganizationMutations(RecordMutations mutations, TypeAdapterConfig mapping)
{
    public Task<OrganizationPayload> CreateOrganization(CreateOrganizationInput input, CancellationToken cancellationToken) =>
        mutations.CreateAsync<Organization, OrganizationModel, OrganizationPayload>(input, async (scope, ct) =>
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
        }, Payload, cancellationToken);

    public Task<OrganizationPayload> UpdateOrganization(UpdateOrganizationInput input, CancellationToken cancellationToken) =>
        mutations.UpdateAsync<Organization, OrganizationModel, OrganizationPayload>(input, (scope, organization, ct) =>
        {
            input.Name.Then(name => scope.Rename(organization, name));
            input.Acronym.Then(acronym => organization.Acronym = scope.Optional<Organization>(acronym, o => o.Acronym, "acronym"));
            input.Kind.Then(kind => organization.Kind = kind ?? organization.Kind);
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
        }, Payload, cancellationToken, load: (scope, organization, ct) => scope.Db.Entry(organization).Collection(o => o.Aliases).LoadAsync(ct));

    private static OrganizationPayload Payload(OrganizationModel? organization, IReadOnlyList<UserErrorModel> errors) => new(organization, errors);

    /// <summary>
    /// The merged organisation's signatures move to the survivor (where the survivor already signed the same
    /// letter, the merged signature moves too: both printed lines are kept), its names become aliases, its
    /// citations, members and child organisations follow; then it is removed.
    /// </summary>
    public Task<MergeOrganizationsPayload> MergeOrganizations(MergeOrganizationsInput input, CancellationToken cancellationToken) =>
        mutations.RunAsync(input, async (scope, ct) =>
        {
            var survivor = await scope.FindAsync<Organization>(input.Survivor, TypeNames.Organization, "survivor", ct);
            var merged = await scope.FindAsync<Organization>(input.Merged, TypeNames.Organization, "merged", ct);
            if (survivor is null || merged is null)
            {
                return new MergeOrganizationsPayload(null, 0, []);
            }
            if (survivor.Id == merged.Id)
            {
                scope.Invalid("An organisation cannot be merged into itself.", "merged");
                return new MergeOrganizationsPayload(null, 0, []);
            }
            if (!scope.IsCurrent(survivor, input.SurvivorVersion, "survivorVersion") | !scope.IsCurrent(merged, input.MergedVersion, "mergedVersion"))
            {
                return new MergeOrganizationsPayload(null, 0, []);
            }
            await scope.Db.Entry(survivor).Collection(o => o.Aliases).LoadAsync(ct);
            await scope.Db.Entry(merged).Collection(o => o.Aliases).LoadAsync(ct);
            var before = new { survivor = survivor.Adapt<OrganizationModel>(mapping) with { Version = input.SurvivorVersion }, merged = merged.Adapt<OrganizationModel>(mapping) with { Version = input.MergedVersion } };
            var signatures = await scope.Db.Signatures.Where(s => s.OrganizationId == merged.Id).ToListAsync(ct);
            signatures.ForEach(s => s.OrganizationId = survivor.Id);
            (await scope.Db.Citations.Where(c => c.OrganizationId == merged.Id).ToListAsync(ct)).ForEach(c => c.OrganizationId = survivor.Id);
            (await scope.Db.People.Where(p => p.OrganizationId == merged.Id).ToListAsync(ct)).ForEach(p => p.OrganizationId = survivor.Id);
            (await scope.Db.Organizations.Where(o => o.ParentId == merged.Id && o.Id != survivor.Id).ToListAsync(ct)).ForEach(o => o.ParentId = survivor.Id);
            if (survivor.ParentId == merged.Id)
            {
                // A chapter absorbing its parent moves up to the parent's place (never under itself).
                survivor.ParentId = merged.ParentId == survivor.Id ? null : merged.ParentId;
            }
            foreach (var letter in await scope.Db.Letters.Include(l => l.Organizers).Where(l => l.Organizers.Any(o => o.Id == merged.Id)).ToListAsync(ct))
            {
                letter.Organizers.Remove(merged);
                if (letter.Organizers.All(o => o.Id != survivor.Id))
                {
                    letter.Organizers.Add(survivor);
                }
            }
            var names = new[] { merged.Name, merged.Acronym }.Concat(merged.Aliases.Select(a => a.Name)).OfType<string>();
            survivor.Aliases.AddRange(Aliases(scope, names.ToList(), survivor.Name, survivor.Aliases.Select(a => a.NormalizedName)));
            // What the survivor does not know, it takes from the merged record; the merged record's notes are kept.
            survivor.Website ??= merged.Website;
            survivor.City ??= merged.City;
            survivor.State ??= merged.State;
            survivor.Notes = string.Join(" ", new[] { survivor.Notes, $"Merged with \"{merged.Name}\" ({merged.Slug}) on {scope.Today:yyyy-MM-dd}.", merged.Notes }.OfType<string>());
            if (survivor.Notes.Length > scope.MaxLength<Organization>(o => o.Notes))
            {
                scope.Invalid($"Together the two organisations' notes would have {survivor.Notes.Length:N0} characters, more than {scope.MaxLength<Organization>(o => o.Notes):N0}; shorten either first.", "merged");
                return new MergeOrganizationsPayload(null, 0, []);
            }
            await scope.Db.SaveChangesAsync(ct);
            scope.Db.Organizations.Remove(merged);
            scope.Audit(TypeNames.Organization, () => survivor.Id, before, () => survivor.Adapt<OrganizationModel>(mapping));
            return new MergeOrganizationsPayload(survivor.Adapt<OrganizationModel>(mapping), signatures.Count, []);
        }, errors => new MergeOrganizationsPayload(null, 0, errors), cancellationToken);

    /// <summary>Aliases distinct from the name and from each other, ignoring case, accents and punctuation.</summary>
    private static List<OrganizationAlias> Aliases(MutationScope scope, IReadOnlyList<string>? aliases, string? name, IEnumerable<string>? existing = null)
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
