using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Tracker.Data.Entities;

namespace Tracker.Api.Tests;

/// <summary>
/// What a <c>statusSummary</c> answer must hold for given statuses of every jurisdiction, counted in C#: shared by the
/// tests that check <c>statusSummary(asOf:)</c> against the dating rule.
/// </summary>
internal static partial class StatusSummaryExpectations
{
    /// <summary>A jurisdiction as the summary groups it.</summary>
    public sealed record Place(int Id, string Code, JurisdictionKind Kind, int? ParentId);

    /// <summary>The summary's total, and its counts by status, by kind and by state, against <paramref name="statusOf"/>.</summary>
    public static void AssertSummary(JsonNode summary, IReadOnlyDictionary<int, Place> jurisdictions, Func<int, ParticipationStatus> statusOf)
    {
        Assert.Equal(jurisdictions.Count, (int)summary["total"]!);
        Assert.Equal(
            jurisdictions.Values.GroupBy(j => statusOf(j.Id)).Select(g => $"{Name(g.Key)} {g.Count()}").Order(StringComparer.Ordinal),
            summary["byStatus"]!.AsArray().Select(c => $"{c!["status"]} {c["count"]}").Order(StringComparer.Ordinal));
        Assert.Equal(
            jurisdictions.Values.GroupBy(j => (j.Kind, statusOf(j.Id))).Select(g => $"{Name(g.Key.Kind)} {Name(g.Key.Item2)} {g.Count()}").Order(StringComparer.Ordinal),
            summary["byKind"]!.AsArray().Select(c => $"{c!["kind"]} {c["status"]} {c["count"]}").Order(StringComparer.Ordinal));
        // A state-level jurisdiction counts under itself, a county or city under its state, the country under none.
        Assert.Equal(
            jurisdictions.Values
                .Where(j => j.Kind != JurisdictionKind.Country && (j.ParentId is not null || j.Kind is not (JurisdictionKind.County or JurisdictionKind.City)))
                .GroupBy(j => (State: jurisdictions[j.ParentId ?? j.Id].Code, Status: statusOf(j.Id)))
                .Select(g => $"{g.Key.State} {Name(g.Key.Status)} {g.Count()}").Order(StringComparer.Ordinal),
            summary["byState"]!.AsArray().Select(c => $"{c!["state"]!["code"]} {c["status"]} {c["count"]}").Order(StringComparer.Ordinal));
    }

    /// <summary>The schema's name of an enum value: RefusedToJoin is REFUSED_TO_JOIN.</summary>
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => UpperSnake().Replace(value.ToString(), "_$1").ToUpperInvariant();

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex UpperSnake();
}
