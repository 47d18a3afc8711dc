using Tracker.Data.Entities;

namespace Tracker.Data.Search;

/// <summary>One match: which record, and how well it matched (higher is better).</summary>
public sealed record SearchHit(SearchKind Kind, int EntityId, double Score);
