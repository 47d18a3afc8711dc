using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Tracker.Data;

/// <summary>
/// Reads the server's numeric settings: absent or empty is null (the caller's default); anything else must be
/// valid, or the server refuses to start with a message naming the setting, rather than run on a value it misread.
/// Public because the API's settings (key guessing, the timeline, shutdown) are read the same way.
/// </summary>
public static class SettingValues
{
    /// <summary>A time span above zero, such as <paramref name="example"/>.</summary>
    public static TimeSpan? PositiveTimeSpan(IConfiguration configuration, string key, string example) =>
        configuration[key] is not { Length: > 0 } text ? null
        : TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value > TimeSpan.Zero ? value
        : throw new InvalidSettingException($"{key} must be a positive time span such as {example}; \"{text}\" is not.");

    /// <summary>
    /// A time span from <paramref name="min"/> to <paramref name="max"/>, such as <paramref name="example"/>: for a
    /// setting that a timer, a cancellation or a command timeout takes, each of which refuses (or silently rounds
    /// to "no limit") values outside its own range, only when first used.
    /// </summary>
    public static TimeSpan? TimeSpanWithin(IConfiguration configuration, string key, TimeSpan min, TimeSpan max, string example) =>
        configuration[key] is not { Length: > 0 } text ? null
        : TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value
        : throw new InvalidSettingException($"{key} must be a time span from {min:c} to {max:c} such as {example}; \"{text}\" is not.");

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/> (of <paramref name="unit"/>, if given).</summary>
    public static int? WholeNumber(IConfiguration configuration, string key, int min = 1, int max = int.MaxValue, string? unit = null) =>
        configuration[key] is not { Length: > 0 } text ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value
        : throw new InvalidSettingException(min == 1 && max == int.MaxValue && unit is null
            ? $"{key} must be a positive whole number; \"{text}\" is not."
            : $"{key} must be a whole number{(unit is null ? "" : " of " + unit)} from {min} to {max}; \"{text}\" is not.");

    /// <summary><c>true</c> or <c>false</c> (any case).</summary>
    public static bool? Boolean(IConfiguration configuration, string key) =>
        configuration[key] is not { Length: > 0 } text ? null
        : bool.TryParse(text, out var value) ? value
        : throw new InvalidSettingException($"{key} must be true or false; \"{text}\" is neither.");
}
