namespace Tracker.Api.Jurisdictions;

/// <summary>
/// The most standing status events, and the most jurisdictions, the server keeps in memory as a
/// <see cref="StatusRecordSnapshot"/> (<c>Tracker:StatusRecord:MaxRows</c>, default 100,000 each; 0 keeps none).
/// A record larger than that is read from the database per request, as it always was: the bound keeps the memory a
/// snapshot takes (about half a kilobyte per event, 16 bytes per jurisdiction) known whatever the record grows to.
/// </summary>
public sealed record StatusRecordOptions(int MaxRows)
{
    /// <summary>Read when the server starts (<see cref="StartupSettings"/>), so a value it cannot use refuses the start.</summary>
    public static StatusRecordOptions From(IConfiguration configuration) =>
        new(SettingValues.WholeNumber(configuration, "Tracker:StatusRecord:MaxRows", min: 0, unit: "rows") ?? 100_000);
}
