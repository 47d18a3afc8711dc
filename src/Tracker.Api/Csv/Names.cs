namespace Tracker.Api.Csv;

/// <summary>Enum members as the schema spells them (RefusedToJoin is REFUSED_TO_JOIN), so CSV and API agree.</summary>
internal static class Names
{
    public static string Screaming(Enum value) =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
