namespace Tracker.Data.Entities;

/// <summary>
/// A record people find and sort by its name: the name as printed, and its normalised form
/// (<see cref="NameNormalizer"/>) that matching, search and sorting read, so the two must change together.
/// </summary>
public interface INamedRecord
{
    string Name { get; set; }

    string NormalizedName { get; set; }
}
