namespace Tracker.Api.Organizations;

/// <summary>Merging organisations (creating and updating one is <see cref="OrganizationWrites"/>).</summary>
[GraphQLType("Mutation")]
public sealed class OrganizationMutations(RecordMutations mutations, TypeAdapterConfig mapping)
{
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
            await MoveRolesAsync(scope.Db, survivor.Id, merged.Id, ct);
            foreach (var letter in await scope.Db.Letters.Include(l => l.Organizers).Where(l => l.Organizers.Any(o => o.Id == merged.Id)).ToListAsync(ct))
            {
                letter.Organizers.Remove(merged);
                if (letter.Organizers.All(o => o.Id != survivor.Id))
                {
                    letter.Organizers.Add(survivor);
                }
            }
            var names = new[] { merged.Name, merged.Acronym }.Concat(merged.Aliases.Select(a => a.Name)).OfType<string>();
            survivor.Aliases.AddRange(OrganizationWrites.Aliases(scope, names.ToList(), survivor.Name, survivor.Aliases.Select(a => a.NormalizedName)));
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

    /// <summary>
    /// The parts the merged organisation plays elsewhere pass to the survivor: a record's actor links (where the
    /// survivor already plays that part for the same record, the merged link is dropped rather than list it twice),
    /// the organisations a joint signature line names (the same), and the letters' addressees (the printed name is
    /// kept). These rows name an organisation that cannot be deleted while they do.
    /// </summary>
    private static async Task MoveRolesAsync(TrackerDbContext db, int survivor, int merged, CancellationToken ct)
    {
        var survivorLinks = await db.ActorLinks.Where(a => a.OrganizationId == survivor)
            .Select(a => new { a.Role, a.LegislationId, a.LegislationStageId, a.EventId, a.StatementId, a.StatisticId }).ToHashSetAsync(ct);
        foreach (var link in await db.ActorLinks.Where(a => a.OrganizationId == merged).ToListAsync(ct))
        {
            var owner = new { link.Role, link.LegislationId, link.LegislationStageId, link.EventId, link.StatementId, link.StatisticId };
            if (survivorLinks.Contains(owner))
            {
                db.ActorLinks.Remove(link);
            }
            else
            {
                link.OrganizationId = survivor;
            }
        }
        var survivorLines = await db.SignatureSignatories.Where(s => s.OrganizationId == survivor).Select(s => s.SignatureId).ToHashSetAsync(ct);
        foreach (var line in await db.SignatureSignatories.Where(s => s.OrganizationId == merged).ToListAsync(ct))
        {
            if (survivorLines.Contains(line.SignatureId))
            {
                db.SignatureSignatories.Remove(line);
            }
            else
            {
                line.OrganizationId = survivor;
            }
        }
        (await db.LetterAddressees.Where(a => a.OrganizationId == merged).ToListAsync(ct)).ForEach(a => a.OrganizationId = survivor);
    }
}
