using System.Linq.Expressions;

namespace Tracker.Api.Actors;

/// <summary>
/// The people, organisations and bodies playing one part in a record (the <c>Actor</c> union), in printed order:
/// the links with the actors they name, in one statement per owner kind and role. Reading the links and then each
/// kind of actor through its own loader took up to four statements, each a round trip and, on PostgreSQL, a parse
/// and plan of its own.
/// </summary>
public sealed class ActorLoaders(ModelLoader loader, CompiledLoads compiled, TypeAdapterConfig mapping)
{
    public async Task<IReadOnlyList<object>> OfAsync(ActorOwner owner, int ownerKey, ActorRole role)
    {
        var ownerOf = OwnerColumn(owner);
        var name = $"actors:{owner}:{role}";
        var actors = await loader.ListAsync<object>(name, ownerKey, async (db, keys, ct) =>
        {
            // The role is the same for every run under this name, so the compiled statement may keep it.
            var rows = await compiled.ListAsync(name, db, keys, within => db.ActorLinks.Where(KeyPredicates.Within(ownerOf, within)).Where(Of(role))
                .OrderBy(a => a.Position).ThenBy(a => a.Id).Select(Project(ownerOf)), ct);
            return rows.GroupBy(r => r.Owner).ToDictionary(g => g.Key, g => (IReadOnlyList<object>)g.Select(Actor).OfType<object>().ToList());
        });
        return actors;
    }

    private static Expression<Func<ActorLink, bool>> Of(ActorRole role) =>
        Expression.Lambda<Func<ActorLink, bool>>(Expression.Equal(Expression.Property(ActorLinkParameter, nameof(ActorLink.Role)), Expression.Constant(role)), ActorLinkParameter);

    private static readonly ParameterExpression ActorLinkParameter = Expression.Parameter(typeof(ActorLink), "link");

    private static object? Actor(ActorRecord row) => (object?)row.Person ?? (object?)row.Organization ?? row.Body;

    private Expression<Func<ActorLink, ActorRecord>> Project(Expression<Func<ActorLink, int>> ownerOf)
    {
        var link = ownerOf.Parameters[0];
        var row = ModelProjection.Row<ActorRecord>(ownerOf.Body, Named<Person, PersonModel>(link, nameof(ActorLink.Person)),
            Named<Organization, OrganizationModel>(link, nameof(ActorLink.Organization)), Named<Body, BodyModel>(link, nameof(ActorLink.Body)));
        return Expression.Lambda<Func<ActorLink, ActorRecord>>(row, link);
    }

    /// <summary>The model of the actor the link's navigation names, or null when it names none of this kind.</summary>
    private Expression Named<TEntity, TModel>(ParameterExpression link, string navigation)
    {
        var actor = Expression.Property(link, navigation);
        return Expression.Condition(
            Expression.Equal(actor, Expression.Constant(null, typeof(TEntity))),
            Expression.Constant(null, typeof(TModel)),
            ModelProjection.Of<TEntity, TModel>(mapping, actor));
    }

    private static Expression<Func<ActorLink, int>> OwnerColumn(ActorOwner owner) => OwnerRows.Column<ActorLink>(owner.ToString());
}
