namespace Tracker.Api.Sources;

public sealed record AttachSourceInput(string Source, string To, string? Quote);
