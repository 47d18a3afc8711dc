namespace Tracker.ScaleBench;

/// <summary>
/// What <see cref="LoadTest"/> runs: each query at each client count in each mode, for a fixed time after a
/// warm-up. <see cref="Rate"/> above zero switches from closed loop (each client sends its next request when the
/// last one is answered) to a fixed schedule of that many requests per second in all, latency counted from when
/// each request was due (so a stall is charged to every request it delays, not hidden: coordinated omission).
/// </summary>
internal sealed record LoadOptions(
    Uri Endpoint,
    IReadOnlyList<string> QueryFiles,
    IReadOnlyList<int> Clients,
    IReadOnlyList<LoadMode> Modes,
    TimeSpan Duration,
    TimeSpan WarmUp,
    double Rate,
    string? UncachedHeader);

/// <summary>
/// Cached: every request is the same bytes, as a dashboard's repeated view sends them. Uncached: each request
/// carries a variable no other request has (<c>benchNonce</c>, unused by the query) and, when given, a header,
/// so that a response cache cannot answer it; the document itself is the same text, so the document cache still
/// serves it, as it would a real dashboard's next request with new data behind it.
/// </summary>
internal enum LoadMode
{
    Uncached,
    Cached,
}
