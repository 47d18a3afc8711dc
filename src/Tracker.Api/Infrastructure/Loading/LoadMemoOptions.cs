namespace Tracker.Api.Infrastructure.Loading;

/// <summary>
/// How much the <see cref="LoadMemo"/> keeps: at most <c>Tracker:LoadMemo:MaxBytes</c> of loaded models by
/// <see cref="ModelBytes"/>' estimate (default 32 MiB; 0 keeps nothing and every load reads the database).
/// </summary>
public sealed record LoadMemoOptions(long MaxBytes)
{
    public const long DefaultMaxBytes = 32L * 1024 * 1024;

    /// <summary>Read when the server starts (<see cref="StartupSettings"/>), so a value it cannot use refuses the start.</summary>
    public static LoadMemoOptions From(IConfiguration configuration) =>
        new(SettingValues.WholeNumber(configuration, "Tracker:LoadMemo:MaxBytes", min: 0, unit: "bytes") ?? DefaultMaxBytes);
}
