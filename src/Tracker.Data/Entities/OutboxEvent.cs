namespace Tracker.Data.Entities;

/// <summary>
/// A subscription event written by a process that has no subscribers of its own (the shell import on SQLite), in
/// the transaction of the change it announces: the server reads these rows and publishes them to its
/// subscribers, so an event exists exactly when its change committed.
/// </summary>
public sealed class OutboxEvent
{
    /// <summary>Increasing: readers remember the last one they published.</summary>
    public long Id { get; set; }

    public DateTime At { get; set; }

    /// <summary>The subscription topic ("signatureAdded").</summary>
    public required string Topic { get; set; }

    /// <summary>The message as JSON, in the form the topic's subscribers receive.</summary>
    public required string Payload { get; set; }
}
