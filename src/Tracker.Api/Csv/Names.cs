namespace Tracker.Api.Csv;

/// <summary>Enum members as the schema spells them (RefusedToJoin is REFUSED_TO_JOIN), so CSV and API agree.</summary>
internal static class Names
{
    public static string Screaming(Enum value) =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));

    /// <summary>The same for an optional member; null stays an empty cell.</summary>
    public static string? ScreamingOrNull<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } present ? Screaming(present) : null;

    /// <summary>A record's list (its sources, its speakers) in one cell, in order, "; " between items.</summary>
    public static string Joined(IEnumerable<string?> items) => string.Join("; ", items.Where(i => !string.IsNullOrEmpty(i)));
}
