using System.Runtime.CompilerServices;

namespace Tracker.Api.Jurisdictions;

/// <summary>
/// The parts of a status summary (<see cref="StatusSummaryModel"/>) derived from one list of groups, each computed
/// when first asked. Kept with the list for as long as it lives: the groups of the status record kept for the data
/// version (<see cref="StatusRecordSnapshot.CurrentGroups"/>) are one list for every request at that version, so the
/// map's counts are grouped and sorted once per version rather than once per request. The parts are immutable
/// records in lists never changed once made.
/// </summary>
public sealed class StatusSummaryParts
{
    private static readonly ConditionalWeakTable<IReadOnlyList<StatusGroup>, StatusSummaryParts> Derived = new();

    private readonly Lazy<int> _total;
    private readonly Lazy<IReadOnlyList<StatusCount>> _byStatus;
    private readonly Lazy<IReadOnlyList<KindStatusCount>> _byKind;
    private readonly Lazy<IReadOnlyList<StateStatusCount>> _byState;

    private StatusSummaryParts(IReadOnlyList<StatusGroup> groups)
    {
        _total = new(() => groups.Sum(g => g.Count));
        _byStatus = new(() => groups.GroupBy(g => g.Status).OrderBy(g => g.Key).Select(g => new StatusCount(g.Key, g.Sum(x => x.Count))).ToList());
        _byKind = new(() => groups.GroupBy(g => (g.Kind, g.Status)).OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Status)
            .Select(g => new KindStatusCount(g.Key.Kind, g.Key.Status, g.Sum(x => x.Count))).ToList());
        // A state-level jurisdiction counts under itself, a county or city under its state; the country under none.
        _byState = new(() => groups.Where(g => g.Kind != JurisdictionKind.Country && (g.HasParent || g.Kind is not (JurisdictionKind.County or JurisdictionKind.City)))
            .GroupBy(g => (g.StateKey, g.Status)).OrderBy(g => g.Key.StateKey).ThenBy(g => g.Key.Status)
            .Select(g => new StateStatusCount(g.Key.StateKey, g.Key.Status, g.Sum(x => x.Count))).ToList());
    }

    /// <summary>The parts of <paramref name="groups"/>: those already derived while the list lives, or new ones.</summary>
    public static StatusSummaryParts Of(IReadOnlyList<StatusGroup> groups) => Derived.GetValue(groups, static g => new StatusSummaryParts(g));

    public int Total => _total.Value;

    public IReadOnlyList<StatusCount> ByStatus => _byStatus.Value;

    public IReadOnlyList<KindStatusCount> ByKind => _byKind.Value;

    public IReadOnlyList<StateStatusCount> ByState => _byState.Value;
}
