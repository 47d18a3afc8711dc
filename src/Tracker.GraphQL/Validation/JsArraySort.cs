namespace Tracker.GraphQL.Validation;

/// <summary>
/// Sorts the way JavaScript engines (V8's TimSort) sort. For a consistent comparison any stable sort gives
/// the same order, but graphql-js's type suggestions compare by usage, then by subtyping, then by name,
/// which is not transitive when interfaces are involved: the resulting order is then whatever V8's
/// algorithm produces, so short lists (every realistic suggestion list) are sorted by exactly that
/// algorithm: one run found at the start, then binary insertion.
/// </summary>
internal static class JsArraySort
{
    /// <summary>Below this length V8's TimSort is a single binary insertion sort.</summary>
    private const int MinMerge = 64;

    public static void Sort<T>(List<T> items, Comparison<T> compare)
    {
        var length = items.Count;
        if (length < 2)
        {
            return;
        }
        if (length >= MinMerge)
        {
            // Long lists: a stable sort, equal to TimSort whenever the comparison is consistent.
            var indexed = new List<(T Item, int Index)>(length);
            for (var i = 0; i < length; i++)
            {
                indexed.Add((items[i], i));
            }
            indexed.Sort((a, b) =>
            {
                var order = compare(a.Item, b.Item);
                return order != 0 ? order : a.Index.CompareTo(b.Index);
            });
            for (var i = 0; i < length; i++)
            {
                items[i] = indexed[i].Item;
            }
            return;
        }
        var runLength = CountAndMakeRun(items, compare);
        BinaryInsertionSort(items, compare, runLength);
    }

    /// <summary>The length of the ascending (or strictly descending, then reversed) run at the start.</summary>
    private static int CountAndMakeRun<T>(List<T> items, Comparison<T> compare)
    {
        if (items.Count == 1)
        {
            return 1;
        }
        var runLength = 2;
        var descending = compare(items[1], items[0]) < 0;
        var previous = items[1];
        for (var i = 2; i < items.Count; i++)
        {
            var order = compare(items[i], previous);
            if (descending ? order >= 0 : order < 0)
            {
                break;
            }
            previous = items[i];
            runLength++;
        }
        if (descending)
        {
            items.Reverse(0, runLength);
        }
        return runLength;
    }

    private static void BinaryInsertionSort<T>(List<T> items, Comparison<T> compare, int sortedLength)
    {
        for (var start = sortedLength; start < items.Count; start++)
        {
            var pivot = items[start];
            var left = 0;
            var right = start;
            while (left < right)
            {
                var middle = left + ((right - left) >> 1);
                if (compare(pivot, items[middle]) < 0)
                {
                    right = middle;
                }
                else
                {
                    left = middle + 1;
                }
            }
            for (var p = start; p > left; p--)
            {
                items[p] = items[p - 1];
            }
            items[left] = pivot;
        }
    }
}
