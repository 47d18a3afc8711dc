using System.Linq.Expressions;

namespace Tracker.Api.Actors;

/// <summary>
/// The people, organisations and bodies playing one part in a record (the <c>Actor</c> union), in printed order:
/// the links with the actors they name, in one statement per owner kind and role. Reading the links and then each
/// kind of actor through its own loader took up to four statements, each a round trip and, on PostgreSQL, a parse
/// and plan of its own.
/// </summary>
public sealed class ActorLoaders(ModelLoader loader, TypeAdapterConfig mapping)
{
    public async Task<IReadOnlyList<object>> OfAsync(ActorOwner owner, int ownerKey, ActorRole role)
    {
        var ownerOf = OwnerColumn(owner);
        var actors = await loader.ListAsync<object>($"actors:{owner}:{role}", ownerKey, async (db, keys, ct) =>
        {
            var rows = await db.ActorLinks.Where(KeyPredicates.In(ownerOf, keys)).Where(a => a.Role == role)
                .OrderBy(a => a.Position).ThenBy(a => a.Id).Select(Project(ownerOf)).ToListAsync(ct);
            return rows.GroupBy(r => r.Owner).ToDictionary(g => g.Key, g => (IReadOnlyList<object>)g.Select(Actor).OfType<object>().ToList());
        });
        return actors;
    }

    private static object? Actor(ActorRecord row) => (object?)row.Person ?? (object?)row.Organization ?? row.Body;

    private Expression<Func<ActorLink, ActorRecord>> Project(Expression<Func<ActorLink, int>> ownerOf)
    {
        var link = ownerOf.Parameters[0];
        return Expression.Lambda<Func<ActorLink, ActorRecord>>(
            Expression.New(
                typeof(ActorRecord).GetConstructors()[0],
                ownerOf.Body,
                Named<Person, PersonModel>(link, nameof(ActorLink.Person)),
                Named<Organization, OrganizationModel>(link, nameof(ActorLink.Organization)),
                Named<Body, BodyModel>(link, nameof(ActorLink.Body))),
            link);
    }

    /// <summary>The model of the actor the link's navigation names, or null when it names none of this kind.</summary>
    private Expression Named<TEntity, TModel>(ParameterExpression link, string navigation)
    {
        var actor = Expression.Property(link, navigation);
        return Expression.Condition(
            Expression.Equal(actor, Expression.Constant(null, typeof(TEntity))),
            Expression.Constant(null, typeof(TModel)),
            ParameterRebinder.Rebind(ModelProjection.Of<TEntity, TModel>(mapping), actor));
    }

    private static Expression<Func<ActorLink, int>> OwnerColumn(ActorOwner owner) => OwnerRows.Column<ActorLink>(owner.ToString());
}
