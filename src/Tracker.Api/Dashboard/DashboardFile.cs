namespace Tracker.Api.Dashboard;

/// <summary>One file of the dashboard, with its precompressed forms (assets only) and a strong validator.</summary>
internal sealed record DashboardFile(string ContentType, byte[] Content, byte[]? Brotli, byte[]? Gzip, string ETag);
