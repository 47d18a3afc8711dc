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
        _canBeNull[key] = CanBeNull(key);
        foreach (var (defaultKey, _) in defaultOrder)
        {
            _canBeNull[defaultKey] = CanBeNull(defaultKey);
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
        _canBeNull[selector] = CanBeNull(selector);
    }

    /// <summary>
    /// Nullable keys sort unknown values first ascending and last descending on every database (SQLite does so
    /// by itself, PostgreSQL the other way round), by sorting on "has a value" before the value.
    /// </summary>
    private IEnumerable<(LambdaExpression Key, bool Descending)> WithNullsFirst((LambdaExpression Key, bool Descending) sortKey)
    {
        var type = sortKey.Key.ReturnType;
        if (_canBeNull[sortKey.Key])
        {
            // Typed: the untyped Expression.Lambda looks its delegate type up under a process-wide lock, which a
            // profile of 32 concurrent requests found contended (about a tenth of a connection's request time).
            var hasValue = Expression.Lambda<Func<T, bool>>(
                Expression.NotEqual(sortKey.Key.Body, Expression.Constant(null, type)), sortKey.Key.Parameters);
            yield return (hasValue, sortKey.Descending);
        }
        yield return sortKey;
    }

    /// <summary>
    /// Whether each of this map's selectors can be null, decided once as it is registered: the maps are built at start
    /// and only read afterwards, so requests look the answer up without computing or locking.
    /// </summary>
    private readonly Dictionary<LambdaExpression, bool> _canBeNull = new(ReferenceEqualityComparer.Instance);

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
        var keys = new List<(LambdaExpression Key, bool Descending)>();
        foreach (var entry in order ?? [])
        {
            // @oneOf guarantees exactly one non-null entry per sort input.
            var (name, direction) = entry.Single(e => e.Value is not null);
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
        return keys;
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
