using System.Linq.Expressions;
using Tracker.Api.Infrastructure;
using Tracker.Api.Infrastructure.Filtering;
using Tracker.Data.Entities;

namespace Tracker.Api.Tests;

/// <summary>
/// An order argument resolved to its sort keys: the same list for every request asking the same order (what a page's
/// projection and its statement key are kept by), and the right keys whether or not the list is kept.
/// </summary>
public sealed class SortMapTests
{
    private static SortMap<Organization> Map() =>
        new SortMap<Organization>(o => o.Id, [SortKey<Organization>.Ascending(o => o.NormalizedName)]).Add("name", o => o.Name).Add("city", o => o.City);

    private static IReadOnlyDictionary<string, object?> By(string name, SortDirection direction) => new Dictionary<string, object?> { [name] = direction };

    [Fact]
    public void One_order_resolves_to_one_list_and_another_to_another()
    {
        var map = Map();

        var first = map.Resolve([By("city", SortDirection.Desc)]);
        var again = map.Resolve([By("city", SortDirection.Desc)]);
        var other = map.Resolve([By("city", SortDirection.Asc)]);

        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.Same(map.Resolve(null), map.Resolve([]));
        Assert.Equal([true, false], first.Select(k => k.Descending));
        Assert.Equal([false, false], other.Select(k => k.Descending));
        Assert.Equal(2, map.Resolve(null).Count);
    }

    [Fact]
    public void Past_the_orders_kept_every_order_still_resolves_to_its_keys()
    {
        var map = Map();
        var names = new[] { "name", "city" };
        var orders = new List<IReadOnlyList<IReadOnlyDictionary<string, object?>>>();
        // Every order of one to six keys over two names and two directions: 5,460 of them, far past the 64 kept.
        void Build(List<IReadOnlyDictionary<string, object?>> prefix)
        {
            if (prefix.Count > 0)
            {
                orders.Add([.. prefix]);
            }
            if (prefix.Count == 6)
            {
                return;
            }
            foreach (var name in names)
            {
                foreach (var direction in new[] { SortDirection.Asc, SortDirection.Desc })
                {
                    Build([.. prefix, By(name, direction)]);
                }
            }
        }
        Build([]);

        foreach (var order in orders.Concat(orders))
        {
            var keys = map.Resolve(order);
            var expected = order.Select(o => (o.Keys.Single() == "name" ? "Name" : "City", (SortDirection)o.Values.Single()! == SortDirection.Desc)).Append(("Id", false));
            Assert.Equal(expected, keys.Select(k => (((MemberExpression)k.Key.Body).Member.Name, k.Descending)));
        }
    }

    [Fact]
    public void An_unmapped_key_fails_loudly_every_time()
    {
        var map = Map();

        Assert.Throws<InvalidOperationException>(() => map.Resolve([By("title", SortDirection.Asc)]));
        Assert.Throws<InvalidOperationException>(() => map.Resolve([By("title", SortDirection.Asc)]));
    }
}
