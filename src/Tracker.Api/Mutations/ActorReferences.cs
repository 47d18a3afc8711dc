namespace Tracker.Api.Mutations;

/// <summary>
/// Who plays a part in a record (an event's organisers, a statement's speakers, a statistic's source), given as
/// global ids of people, organisations or bodies in printed order: checked all at once, each unknown id a
/// not-found error on its index and each repeated one refused on its index, and written as the record's
/// <see cref="ActorLink"/>s of that role, numbered in the order given. A list given replaces the record's links of that role; its other roles stay.
/// </summary>
public static class ActorReferences
{
    /// <summary>The actors of one role, if the input gives them (<see cref="ReplaceActorsAsync"/>).</summary>
    public static Task LinkActorsAsync<TRecord>(this MutationScope scope, Optional<IReadOnlyList<string>?> ids, TRecord record, List<ActorLink> links, ActorRole role, string field, CancellationToken cancellationToken)
        where TRecord : Tracked =>
        ids.ThenAsync(given => scope.ReplaceActorsAsync(record, links, role, given, field, cancellationToken));

    /// <summary>Replaces the <paramref name="role"/> links among <paramref name="links"/> (the record's <c>Actors</c>) with the actors <paramref name="ids"/> name.</summary>
    public static async Task ReplaceActorsAsync<TRecord>(this MutationScope scope, TRecord record, List<ActorLink> links, ActorRole role, IReadOnlyList<string>? ids, string field, CancellationToken cancellationToken)
        where TRecord : Tracked
    {
        ids ??= [];
        var decoded = ids.Select(id => GlobalId.TryDecode(id, out var type, out var key) ? (Type: type, Key: key) : (Type: "", Key: 0)).ToList();
        var people = await KeysAsync(scope.Db.People.Select(p => p.Id), decoded, TypeNames.Person, cancellationToken);
        var organizations = await KeysAsync(scope.Db.Organizations.Select(o => o.Id), decoded, TypeNames.Organization, cancellationToken);
        var bodies = await KeysAsync(scope.Db.Bodies.Select(b => b.Id), decoded, nameof(Body), cancellationToken);
        var fresh = new List<ActorLink>();
        var givenAt = new List<int>();
        for (var i = 0; i < ids.Count; i++)
        {
            var (type, key) = decoded[i];
            var link = new ActorLink { Role = role, Position = fresh.Count + 1 };
            var known = type switch
            {
                TypeNames.Person => people.Contains(key) && Set(() => link.PersonId = key),
                TypeNames.Organization => organizations.Contains(key) && Set(() => link.OrganizationId = key),
                nameof(Body) => bodies.Contains(key) && Set(() => link.BodyId = key),
                _ => false,
            };
            if (!known)
            {
                scope.NotFound($"\"{Csv.TerminalText.Escape(ids[i])}\" is not the id of a person, organisation or body.", field, LinkedRecords.Index(i));
            }
            else if (fresh.FindIndex(f => f.PersonId == link.PersonId && f.OrganizationId == link.OrganizationId && f.BodyId == link.BodyId) is var earlier and >= 0)
            {
                // Refused, not dropped (RepeatedItems): the same actor twice in one role is a slip in the input.
                scope.Invalid($"\"{Csv.TerminalText.Escape(ids[i])}\" is given twice in \"{field}\" (items {givenAt[earlier]} and {i}); give each once.", field, LinkedRecords.Index(i));
            }
            else
            {
                fresh.Add(link);
                givenAt.Add(i);
            }
        }
        if (scope.Db.Entry(record).State != EntityState.Added)
        {
            await scope.Db.Entry(record).Collection(nameof(Event.Actors)).LoadAsync(cancellationToken);
        }
        // Removed links are deleted, not orphaned: a link without an owner breaks the one-owner check.
        foreach (var old in links.Where(l => l.Role == role).ToList())
        {
            links.Remove(old);
            scope.Db.ActorLinks.Remove(old);
        }
        links.AddRange(fresh);
    }

    private static async Task<HashSet<int>> KeysAsync(IQueryable<int> keys, List<(string Type, int Key)> decoded, string typeName, CancellationToken cancellationToken)
    {
        var wanted = decoded.Where(d => d.Type == typeName).Select(d => d.Key).Distinct().ToList();
        return wanted.Count == 0 ? [] : (await keys.Where(k => wanted.Contains(k)).ToListAsync(cancellationToken)).ToHashSet();
    }

    private static bool Set(Action assign)
    {
        assign();
        return true;
    }
}
