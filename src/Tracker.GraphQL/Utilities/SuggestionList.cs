namespace Tracker.GraphQL.Utilities;

/// <summary>
/// "Did you mean" support: the options close to an input by Damerau-Levenshtein distance, closest
/// first, ties in natural order. Thresholds and ordering follow graphql-js so messages match it.
/// </summary>
internal static class SuggestionList
{
    public static IReadOnlyList<string> For(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var distance = new LexicalDistance(input);
        var byDistance = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (distance.Measure(option, threshold) is { } d)
            {
                byDistance[option] = d;
            }
        }
        var result = byDistance.Keys.ToList();
        result.Sort((a, b) =>
        {
            var diff = byDistance[a] - byDistance[b];
            return diff != 0 ? diff : NaturalCompare(a, b);
        });
        return result;
    }

    /// <summary>Compares strings with runs of digits compared as numbers ("a2" before "a10").</summary>
    public static int NaturalCompare(string a, string b)
    {
        int ai = 0, bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            var ac = a[ai];
            var bc = b[bi];
            if (char.IsAsciiDigit(ac) && char.IsAsciiDigit(bc))
            {
                long an = 0;
                do
                {
                    ++ai;
                    an = (an * 10) + ac - '0';
                    ac = ai < a.Length ? a[ai] : '\0';
                }
                while (char.IsAsciiDigit(ac) && an > 0);
                long bn = 0;
                do
                {
                    ++bi;
                    bn = (bn * 10) + bc - '0';
                    bc = bi < b.Length ? b[bi] : '\0';
                }
                while (char.IsAsciiDigit(bc) && bn > 0);
                if (an != bn)
                {
                    return an < bn ? -1 : 1;
                }
            }
            else
            {
                if (ac != bc)
                {
                    return ac < bc ? -1 : 1;
                }
                ++ai;
                ++bi;
            }
        }
        return a.Length - b.Length;
    }

    private sealed class LexicalDistance(string input)
    {
        private readonly string _lower = input.ToLowerInvariant();
        private readonly int[][] _rows = [new int[input.Length + 1], new int[input.Length + 1], new int[input.Length + 1]];

        public int? Measure(string option, int threshold)
        {
            if (input == option)
            {
                return 0;
            }
            var optionLower = option.ToLowerInvariant();
            if (_lower == optionLower)
            {
                return 1;
            }
            var a = optionLower;
            var b = _lower;
            if (a.Length < b.Length)
            {
                (a, b) = (b, a);
            }
            if (a.Length - b.Length > threshold)
            {
                return null;
            }
            var rows = a.Length + 1 > _rows[0].Length || b.Length + 1 > _rows[0].Length
                ? [new int[b.Length + 1], new int[b.Length + 1], new int[b.Length + 1]]
                : _rows;
            for (var j = 0; j <= b.Length; j++)
            {
                rows[0][j] = j;
            }
            for (var i = 1; i <= a.Length; i++)
            {
                var up = rows[(i - 1) % 3];
                var current = rows[i % 3];
                var smallest = current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                    }
                    smallest = Math.Min(smallest, cell);
                    current[j] = cell;
                }
                if (smallest > threshold)
                {
                    return null;
                }
            }
            var distance = rows[a.Length % 3][b.Length];
            return distance <= threshold ? distance : null;
        }
    }
}
