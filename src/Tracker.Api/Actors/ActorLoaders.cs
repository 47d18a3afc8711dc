using System.Linq.Expressions;

namespace Tracker.Api.Actors;

/// <summary>
/// The people, organisations and bodies playing one part in a record (the <c>Actor</c> union), in printed order:
/// the links with the actors they name, in one statement per owner kind for the roles asked in one pass. Reading the links and then each
/// kind of actor through its own loader took up to four statements, each a round trip and, on PostgreSQL, a parse
/// and plan of its own.
/// </summary>
public sealed class ActorLoaders(ModelLoader loader, TypeAdapterConfig mapping)
{
    /// <summary>
    /// The actors playing <paramref name="role"/> in the record. The roles of one owner kind share a loader, keyed by
    /// record and role, so that the roles asked of records in the same pass (an event's organisers and addressees) are
    /// read in one statement: a round trip and, on PostgreSQL, a statement's parse, plan and CPU on both sides saved
    /// for each role beyond the first.
    /// </summary>
    public Task<IReadOnlyList<object>> OfAsync(ActorOwner owner, int ownerKey, ActorRole role)
    {
        var name = Names[owner];
        return loader.CompiledGroupsAsync<(int Owner, ActorRole Role), object>(name, (ownerKey, role), async (keys, ct) =>
        {
            var roles = keys.Select(k => k.Role).Distinct().Order().ToList();
            var owners = keys.Select(k => k.Owner).Distinct().ToList();
            // The roles asked are constants of the statement, compiled once per set of roles (a few per owner kind);
            // one role reads as it did when each role had its own statement. A record asked for one role and another
            // for a second one get each other's rows too, which are dropped here.
            var statement = $"{name}:{string.Join(',', roles)}";
            var rows = await loader.CompiledRowsAsync(statement, owners, r => r.Owner, (db, within) =>
            {
                var ownerOf = OwnerColumn(owner);
                return db.ActorLinks.Where(KeyPredicates.Within(ownerOf, within)).Where(Of(roles)).OrderBy(a => a.Position).ThenBy(a => a.Id).Select(Project(ownerOf));
            }, ct);
            return rows.GroupBy(r => (r.Owner, r.Role))
                .ToDictionary(g => g.Key, g => (IReadOnlyList<object>)g.Select(Actor).OfType<object>().ToList());
        });
    }

    /// <summary>The loads' names by owner kind, written once rather than on every call.</summary>
    private static readonly Dictionary<ActorOwner, string> Names = Enum.GetValues<ActorOwner>().ToDictionary(o => o, o => $"actors:{o}");

    /// <summary>Links playing any of <paramref name="roles"/>.</summary>
    private static Expression<Func<ActorLink, bool>> Of(IReadOnlyList<ActorRole> roles) =>
        Expression.Lambda<Func<ActorLink, bool>>(
            roles.Select(role => (Expression)Expression.Equal(Expression.Property(ActorLinkParameter, nameof(ActorLink.Role)), Expression.Constant(role))).Aggregate(Expression.OrElse),
            ActorLinkParameter);

    private static readonly ParameterExpression ActorLinkParameter = Expression.Parameter(typeof(ActorLink), "link");

    private static object? Actor(ActorRecord row) => (object?)row.Person ?? (object?)row.Organization ?? row.Body;

    private Expression<Func<ActorLink, ActorRecord>> Project(Expression<Func<ActorLink, int>> ownerOf)
    {
        var link = ownerOf.Parameters[0];
        var row = ModelProjection.Row<ActorRecord>(ownerOf.Body, Expression.Property(link, nameof(ActorLink.Role)), Named<Person, PersonModel>(link, nameof(ActorLink.Person)),
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
