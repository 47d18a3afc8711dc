namespace Tracker.Data.Writes;

/// <summary>The write lock could not be had in time (or too many changes were already waiting); nothing was changed.</summary>
public sealed class WriteBusyException(string message, Exception? inner = null) : Exception(message, inner);
