namespace Tracker.Data.Entities;

/// <summary>
/// A record that became a record of another type (a CAMPAIGN letter that is now an event), so that the global id
/// clients kept for it still finds it.
/// </summary>
public sealed class MovedRecord
{
    public int Id { get; set; }

    /// <summary>The API type it had ("Letter").</summary>
    public required string OldType { get; set; }

    public int OldId { get; set; }

    /// <summary>The API type it has now ("Event").</summary>
    public required string NewType { get; set; }

    public int NewId { get; set; }
}
