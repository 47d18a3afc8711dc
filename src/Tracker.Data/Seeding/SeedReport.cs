namespace Tracker.Data.Seeding;

/// <summary>What one load added.</summary>
public sealed record SeedReport(int Added)
{
    public bool NothingNew => Added == 0;
}
