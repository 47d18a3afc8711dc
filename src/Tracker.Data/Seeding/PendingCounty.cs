using Tracker.Data.Entities;

namespace Tracker.Data.Seeding;

/// <summary>A county of counties.json not yet stored.</summary>
internal sealed record PendingCounty(SeedCounty Record, Jurisdiction State, IReadOnlyList<Source> Sources);
