namespace Tracker.Api.Jurisdictions;

/// <summary>
/// How large a status record the server keeps in memory as a <see cref="StatusRecordSnapshot"/>: at most
/// <c>Tracker:StatusRecord:MaxRows</c> standing events and as many jurisdictions (default 100,000 each; 0 keeps none),
/// and at most <c>Tracker:StatusRecord:MaxBytes</c> by <see cref="EstimatedBytes"/> (default 64 MiB). A record larger
/// than either is read from the database per request, as it always was. Rows alone do not bound the memory: an
/// event's description may hold 4,000 characters, so 100,000 events could take most of a gigabyte.
/// </summary>
public sealed record StatusRecordOptions(int MaxRows, long MaxBytes = StatusRecordOptions.DefaultMaxBytes)
{
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>Read when the server starts (<see cref="StartupSettings"/>), so a value it cannot use refuses the start.</summary>
    public static StatusRecordOptions From(IConfiguration configuration) => new(
        SettingValues.WholeNumber(configuration, "Tracker:StatusRecord:MaxRows", min: 0, unit: "rows") ?? 100_000,
        SettingValues.WholeNumber(configuration, "Tracker:StatusRecord:MaxBytes", min: 0, unit: "bytes") ?? DefaultMaxBytes);

    /// <summary>
    /// An upper estimate of what a snapshot of these events and jurisdictions holds: each event's text at two bytes a
    /// character, plus 256 bytes for the rest of the event and its entries in the snapshot's indexes, 64 bytes a
    /// jurisdiction, and for each jurisdiction kept whole (<paramref name="named"/>: those the events name) its text
    /// at two bytes a character plus 192 bytes.
    /// </summary>
    public static long EstimatedBytes(IReadOnlyList<StatusEventModel> events, int jurisdictions, IReadOnlyList<JurisdictionModel>? named = null) =>
        events.Sum(e => 256L + 2L * (e.Slug.Length + e.Description.Length + (e.Actor?.Length ?? 0) + (e.RetractionReason?.Length ?? 0)))
        + 64L * jurisdictions
        + (named ?? []).Sum(j => 192L + 2L * (j.Code.Length + j.Name.Length + (j.PostalCode?.Length ?? 0) + (j.Fips?.Length ?? 0)));
}
