using System.Linq.Expressions;

namespace Tracker.Api.Actors;

/// <summary>
/// The people, organisations and bodies playing one part in a record (the <c>Actor</c> union), in printed order:
/// the links in one statement per owner kind and role, then each actor through its own kind's loader.
/// </summary>
public sealed class ActorLoaders(ModelLoader loader, SignatoryLoaders signatories, BodyLoaders bodies)
{
    public async Task<IReadOnlyList<object>> OfAsync(ActorOwner owner, int ownerKey, ActorRole role)
    {
        var ownerOf = OwnerColumn(owner);
        var links = await loader.ListAsync<ActorRef>($"actors:{owner}:{role}", ownerKey, async (db, keys, ct) =>
        {
            var rows = await db.ActorLinks.Where(KeyPredicates.In(ownerOf, keys)).Where(a => a.Role == role)
                .OrderBy(a => a.Position).ThenBy(a => a.Id).Select(Project(ownerOf)).ToListAsync(ct);
            return rows.GroupBy(r => r.Owner).ToDictionary(g => g.Key, g => (IReadOnlyList<ActorRef>)g.ToList());
        });
        var actors = await Task.WhenAll(links.Select(LoadAsync));
        return actors.OfType<object>().ToList();
    }

    private async Task<object?> LoadAsync(ActorRef link) => link switch
    {
        { PersonKey: { } key } => await signatories.PersonAsync(key),
        { OrganizationKey: { } key } => await signatories.OrganizationAsync(key),
        { BodyKey: { } key } => await bodies.ByKeyAsync(key),
        _ => null,
    };

    private sealed record ActorRef(int Owner, int? PersonKey, int? OrganizationKey, int? BodyKey);

    private static Expression<Func<ActorLink, ActorRef>> Project(Expression<Func<ActorLink, int>> ownerOf) =>
        OwnerRows.Projection<ActorLink, ActorRef>(ownerOf, (a, owner) => new ActorRef(owner, a.PersonId, a.OrganizationId, a.BodyId));

    private static Expression<Func<ActorLink, int>> OwnerColumn(ActorOwner owner) => OwnerRows.Column<ActorLink>(owner.ToString());
}
