namespace Tracker.Api.Mutations;

/// <summary>
/// A list input names each record once: a repeated id, code or slug is refused on the repeated item's path
/// (<c>["input", "organizers", "2"]</c>) rather than dropped, as <c>attachSource</c> refuses a citation the record
/// already has, so that what was sent and what was saved never differ unnoticed.
/// </summary>
public static class RepeatedItems
{
    /// <summary>Reports every item of <paramref name="items"/> equal (by <paramref name="keyOf"/>) to an earlier one; true when there is none.</summary>
    public static bool Refused<TItem, TKey>(this MutationScope scope, IReadOnlyList<TItem> items, Func<TItem, TKey> keyOf, Func<TItem, string> named, string field, params string[] rest)
        where TKey : notnull
    {
        var first = new Dictionary<TKey, int>();
        var none = true;
        for (var i = 0; i < items.Count; i++)
        {
            if (!first.TryAdd(keyOf(items[i]), i))
            {
                scope.Invalid($"{named(items[i])} is given twice in \"{field}\" (items {first[keyOf(items[i])]} and {i}); give each once.", [field, LinkedRecords.Index(i), .. rest]);
                none = false;
            }
        }
        return none;
    }

    /// <summary>The same for a list of keys (codes, slugs, global ids), compared as written.</summary>
    public static bool Refused(this MutationScope scope, IReadOnlyList<string> keys, string field) =>
        scope.Refused(keys, key => key, key => $"\"{Csv.TerminalText.Escape(key)}\"", field);
}
