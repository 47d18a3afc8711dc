using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Tracker.Api.Infrastructure.Filtering;

/// <summary>
/// Translates the schema's sort inputs (<c>order: [OrganizationSort!]</c>, each a @oneOf input naming one key)
/// into OrderBy/ThenBy on the query, always ending with the primary key so pages are stable (and keyset cursors,
/// which end with it, unique). Works on expression trees, so the same ordering serves root lists and per-parent
/// nested pages. The primary key ascends unless <paramref name="keyDescending"/> (a log read newest first).
/// </summary>
public sealed class SortMap<T>
{
    private readonly LambdaExpression _key;
    private readonly IReadOnlyList<(LambdaExpression Key, bool Descending)> _defaultOrder;
    private readonly bool _keyDescending;

    public SortMap(Expression<Func<T, int>> key, IReadOnlyList<(LambdaExpression Key, bool Descending)> defaultOrder, bool keyDescending = false)
        : this((LambdaExpression)key, defaultOrder, keyDescending)
    {
    }

    public SortMap(Expression<Func<T, long>> key, IReadOnlyList<(LambdaExpression Key, bool Descending)> defaultOrder, bool keyDescending = false)
        : this((LambdaExpression)key, defaultOrder, keyDescending)
    {
    }

    private SortMap(LambdaExpression key, IReadOnlyList<(LambdaExpression Key, bool Descending)> defaultOrder, bool keyDescending)
    {
        _key = key;
        _defaultOrder = defaultOrder;
        _keyDescending = keyDescending;
        _hasValue[key] = HasValue(key);
        foreach (var (defaultKey, _) in defaultOrder)
        {
            _hasValue[defaultKey] = HasValue(defaultKey);
        }
    }

    private readonly Dictionary<string, LambdaExpression> _keys = new(StringComparer.Ordinal);

    /// <summary>The sort keys' selectors, so a test can check each has an index.</summary>
    public IEnumerable<LambdaExpression> Keys => _keys.Values;

    public SortMap<T> Add<TKey>(string name, Expression<Func<T, TKey>> keySelector)
    {
        Register(name, keySelector);
        return this;
    }

    /// <summary>Keys that read the member they are named after (<see cref="MemberPath"/>).</summary>
    public SortMap<T> Named(params string[] names)
    {
        foreach (var name in names)
        {
            Register(name, MemberPath.Of<T>(name));
        }
        return this;
    }

    /// <summary>
    /// An enum key sorted in the enum's declared order (the schema's), not by the names the database stores:
    /// a CASE of the members' positions.
    /// </summary>
    public SortMap<T> AddInDeclaredOrder<TEnum>(string name, Expression<Func<T, TEnum>> keySelector)
        where TEnum : struct, Enum
    {
        Expression position = Expression.Constant(int.MaxValue);
        var members = Enum.GetValues<TEnum>();
        for (var i = members.Length - 1; i >= 0; i--)
        {
            position = Expression.Condition(Expression.Equal(keySelector.Body, Expression.Constant(members[i])), Expression.Constant(i), position);
        }
        Register(name, Expression.Lambda<Func<T, int>>(position, keySelector.Parameters));
        return this;
    }

    private void Register(string name, LambdaExpression selector)
    {
        _keys[name] = selector;
        _hasValue[selector] = HasValue(selector);
    }

    /// <summary>
    /// Nullable keys sort unknown values first ascending and last descending on every database (SQLite does so
    /// by itself, PostgreSQL the other way round), by sorting on "has a value" before the value.
    /// </summary>
    private IEnumerable<(LambdaExpression Key, bool Descending)> WithNullsFirst((LambdaExpression Key, bool Descending) sortKey)
    {
        if (_hasValue[sortKey.Key] is { } hasValue)
        {
            yield return (hasValue, sortKey.Descending);
        }
        yield return sortKey;
    }

    /// <summary>
    /// "Has a value" for each of this map's selectors that can be null (null for those that cannot), built once as
    /// it is registered: the maps are built at start and only read afterwards, so requests look it up without
    /// building or locking.
    /// </summary>
    private readonly Dictionary<LambdaExpression, LambdaExpression?> _hasValue = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The keys each order argument asked stands for (<see cref="Resolve"/>), by the names and directions asked, so
    /// that every request asking one order shares one list (and what is built from it: a page's projection of its
    /// keys, <c>Connections</c>). At most <see cref="MaxOrdersKept"/> orders are kept; others are resolved each time.
    /// </summary>
    private readonly ConcurrentDictionary<string, (LambdaExpression Key, bool Descending)[]> _resolved = new(StringComparer.Ordinal);

    private const int MaxOrdersKept = 64;

    /// <summary>"Has a value" for a key that can be null; null for one that cannot.</summary>
    private static LambdaExpression? HasValue(LambdaExpression key) =>
        CanBeNull(key)
            // Typed: the untyped Expression.Lambda looks its delegate type up under a process-wide lock, which a
            // profile of 32 concurrent requests found contended (about a tenth of a connection's request time).
            ? Expression.Lambda<Func<T, bool>>(Expression.NotEqual(key.Body, Expression.Constant(null, key.ReturnType)), key.Parameters)
            : null;

    /// <summary>
    /// A nullable value type, or a reference type unless the key reads a property declared non-nullable (a required
    /// column, such as a letter's title). For those "has a value" is always true, which EF Core writes on SQLite as
    /// <c>ORDER BY (SELECT 1)</c>: a leading sort key that no index serves, so every such sort read the whole table.
    /// </summary>
    private static bool CanBeNull(LambdaExpression key)
    {
        var type = key.ReturnType;
        if (type.IsValueType)
        {
            return Nullable.GetUnderlyingType(type) is not null;
        }
        return key.Body is not MemberExpression { Member: PropertyInfo property }
            || new NullabilityInfoContext().Create(property).ReadState != NullabilityState.NotNull;
    }

    public IQueryable<T> Apply(IQueryable<T> query, IReadOnlyList<IReadOnlyDictionary<string, object?>>? order) =>
        query.Provider.CreateQuery<T>(Apply(query.Expression, order));

    /// <summary>Orders a sequence expression of <typeparamref name="T"/> (a query, or a subquery inside one).</summary>
    public Expression Apply(Expression source, IReadOnlyList<IReadOnlyDictionary<string, object?>>? order) => Apply(source, Resolve(order), reversed: false);

    /// <summary>
    /// The keys an order argument stands for, in order: the ones asked for (or the default order), then the primary
    /// key. Keyset cursors hold one value per key.
    /// </summary>
    public IReadOnlyList<(LambdaExpression Key, bool Descending)> Resolve(IReadOnlyList<IReadOnlyDictionary<string, object?>>? order)
    {
        if (order is null or { Count: 0 } && _resolved.TryGetValue("", out var byDefault))
        {
            // The default order, asked by most lists: found without building its signature.
            return byDefault;
        }
        var asked = new List<(string Name, SortDirection Direction)>(order?.Count ?? 0);
        foreach (var entry in order ?? [])
        {
            // @oneOf guarantees exactly one non-null entry per sort input.
            var (name, direction) = entry.Single(e => e.Value is not null);
            asked.Add((name, direction is SortDirection.Desc ? SortDirection.Desc : SortDirection.Asc));
        }
        var signature = string.Join(',', asked.Select(a => $"{a.Name} {a.Direction}"));
        if (_resolved.TryGetValue(signature, out var kept))
        {
            return kept;
        }
        var keys = new List<(LambdaExpression Key, bool Descending)>(asked.Count + 2);
        foreach (var (name, direction) in asked)
        {
            if (!_keys.TryGetValue(name, out var selector))
            {
                throw new InvalidOperationException($"Sort key \"{name}\" of {typeof(T).Name} is declared in the schema but not mapped.");
            }
            keys.Add((selector, direction is SortDirection.Desc));
        }
        if (keys.Count == 0)
        {
            keys.AddRange(_defaultOrder);
        }
        keys.Add((_key, _keyDescending));
        var resolved = keys.ToArray();
        return _resolved.Count < MaxOrdersKept ? _resolved.GetOrAdd(signature, resolved) : resolved;
    }

    /// <summary>Orders by resolved keys, or exactly the other way round (nulls included) to read a page backwards.</summary>
    public Expression Apply(Expression source, IReadOnlyList<(LambdaExpression Key, bool Descending)> resolved, bool reversed)
    {
        var keys = resolved.SelectMany(WithNullsFirst).ToList();
        var result = source;
        for (var i = 0; i < keys.Count; i++)
        {
            var (selector, descending) = keys[i];
            result = QueryMethods.Order<T>(result, selector, first: i == 0, descending: descending != reversed);
        }
        return result;
    }
}
