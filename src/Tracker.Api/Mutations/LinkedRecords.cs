using System.Globalization;
using System.Linq.Expressions;

namespace Tracker.Api.Mutations;

/// <summary>
/// The links of a record to others that inputs give as lists (targets by code, letters by slug, speakers by global
/// id): every entry looked up at once, each unknown or repeated one an error on its own index (<c>["input", "targets", "2"]</c>),
/// and on an update the whole list replaced.
/// </summary>
public static class LinkedRecords
{
    /// <summary>The records whose keys (<paramref name="keyOf"/>: code or slug) are <paramref name="keys"/>, in the order given, once each.</summary>
    public static async Task<List<T>> ReferencedAllAsync<T>(this MutationScope scope, IQueryable<T> records, IReadOnlyList<string> keys, Expression<Func<T, string>> keyOf, string noun, string field, CancellationToken cancellationToken)
        where T : class
    {
        scope.Refused(keys, field);
        var wanted = keys.Distinct(StringComparer.Ordinal).ToList();
        Expression<Func<List<string>>> captured = () => wanted;
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], captured.Body, keyOf.Body);
        var found = await records.Where(Expression.Lambda<Func<T, bool>>(contains, keyOf.Parameters)).ToListAsync(cancellationToken);
        var key = keyOf.Compile();
        var byKey = found.ToDictionary(key, StringComparer.Ordinal);
        var keyName = ((MemberExpression)keyOf.Body).Member.Name.ToLowerInvariant();
        var result = new List<T>();
        for (var i = 0; i < keys.Count; i++)
        {
            if (!byKey.TryGetValue(keys[i], out var record))
            {
                scope.NotFound($"No {noun} has the {keyName} \"{Csv.TerminalText.Escape(keys[i])}\".", field, Index(i));
            }
            else if (!result.Contains(record))
            {
                // A repeated key is refused above; the record is listed once either way.
                result.Add(record);
            }
        }
        return result;
    }

    /// <summary>
    /// Replaces a many-to-many list of a record (loaded first unless the record is new, so the links it had are
    /// removed rather than kept beside the new ones).
    /// </summary>
    public static async Task ReplaceAsync<TRecord, TLinked>(this MutationScope scope, TRecord record, Expression<Func<TRecord, IEnumerable<TLinked>>> collection, IReadOnlyList<TLinked> linked, CancellationToken cancellationToken)
        where TRecord : Tracked
        where TLinked : class
    {
        var entry = scope.Db.Entry(record).Collection(collection);
        if (scope.Db.Entry(record).State != EntityState.Added)
        {
            await entry.LoadAsync(cancellationToken);
        }
        var list = (ICollection<TLinked>)entry.CurrentValue!;
        list.Clear();
        foreach (var item in linked)
        {
            list.Add(item);
        }
    }

    /// <summary>
    /// A link by key given on an input (a jurisdiction's code, a letter's slug): the key of the record it names is
    /// assigned (null clears the link); an unknown key is a not-found error on <paramref name="field"/>.
    /// </summary>
    public static Task LinkAsync<T>(this MutationScope scope, Optional<string?> key, IQueryable<T> records, Expression<Func<T, string>> keyOf, string noun, string field, Action<int?> assign, CancellationToken cancellationToken)
        where T : Tracked =>
        key.ThenAsync(async given => assign((await scope.ReferencedAsync(records, given, keyOf, noun, field, cancellationToken))?.Id));

    /// <summary>
    /// A list of links by key given on an input: the records it names replace the record's list (null or empty
    /// clears it); each unknown key, or one <paramref name="problem"/> refuses, is an error on its index.
    /// </summary>
    public static Task LinkAllAsync<TRecord, T>(this MutationScope scope, Optional<IReadOnlyList<string>?> keys, TRecord record, Expression<Func<TRecord, IEnumerable<T>>> collection, IQueryable<T> records, Expression<Func<T, string>> keyOf, string noun, string field, CancellationToken cancellationToken, Func<T, string?>? problem = null)
        where TRecord : Tracked
        where T : class =>
        keys.ThenAsync(async given =>
        {
            var linked = await scope.ReferencedAllAsync(records, given ?? [], keyOf, noun, field, cancellationToken);
            var key = keyOf.Compile();
            foreach (var (item, message) in linked.Select(l => (l, problem?.Invoke(l))).Where(p => p.Item2 is not null))
            {
                scope.Invalid(message!, field, Index(given!.ToList().IndexOf(key(item))));
            }
            await scope.ReplaceAsync(record, collection, linked, cancellationToken);
        });

    public static string Index(int index) => index.ToString(CultureInfo.InvariantCulture);
}
