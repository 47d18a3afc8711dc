namespace Tracker.Api.Sources;

public sealed record AddSourceInput(string Slug, string Title, string? Url, string? Publisher, DateOnly? PublishedOn, string? Notes);
