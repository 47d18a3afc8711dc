using System.Linq.Expressions;

namespace Tracker.Api.Links;

/// <summary>
/// A reverse link of the record (a letter's cases, a person's statements, a body's members): which rows hold it, in
/// the order the field lists them, and which of their columns name the owner and the linked record. Only the rows of
/// the owners asked for are read: <see cref="Rows"/> filters on the owner column before it projects.
/// </summary>
public sealed class Link
{
    private readonly Func<TrackerDbContext, Expression, IQueryable<LinkRow>> _rows;

    private Link(string name, Func<TrackerDbContext, Expression, IQueryable<LinkRow>> rows)
    {
        Name = name;
        LoadName = "linked:" + name;
        _rows = rows;
    }

    /// <summary>The field it serves, e.g. <c>Letter.cases</c>.</summary>
    public string Name { get; }

    /// <summary>The name of its DataLoader and compiled statement, written once rather than on every load.</summary>
    public string LoadName { get; }

    /// <summary>The links of these owners (a <c>List&lt;int&gt;</c> expression, see <see cref="CompiledLoads"/>), in the link's order.</summary>
    public IQueryable<LinkRow> Rows(TrackerDbContext db, Expression owners) => _rows(db, owners);

    /// <param name="name">The field, e.g. <c>Letter.cases</c>.</param>
    /// <param name="source">The rows holding the link, already in the order the field lists them.</param>
    /// <param name="ownerOf">The owner's key on a row.</param>
    /// <param name="targetOf">The linked record's key on a row.</param>
    public static Link Of<TRow>(string name, Func<TrackerDbContext, IQueryable<TRow>> source, Expression<Func<TRow, int>> ownerOf, Expression<Func<TRow, int>> targetOf)
    {
        var row = Expression.Parameter(typeof(TRow), "row");
        var pair = Expression.Lambda<Func<TRow, LinkRow>>(
            Expression.MemberInit(
                Expression.New(typeof(LinkRow)),
                Expression.Bind(typeof(LinkRow).GetProperty(nameof(LinkRow.Owner))!, ParameterRebinder.Rebind(ownerOf, row)),
                Expression.Bind(typeof(LinkRow).GetProperty(nameof(LinkRow.Target))!, ParameterRebinder.Rebind(targetOf, row))),
            row);
        return new Link(name, (db, owners) => source(db).Where(KeyPredicates.Within(ownerOf, owners)).Select(pair));
    }
}
