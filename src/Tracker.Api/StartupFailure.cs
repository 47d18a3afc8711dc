namespace Tracker.Api;

/// <summary>
/// A server that cannot start because of a setting says so in one line and exits with status 78 (EX_CONFIG from
/// sysexits.h, which service managers report as a configuration error) instead of the runtime's "Unhandled exception"
/// and stack trace: the operator needs the setting's name and value, not the code's path to it. Any other unhandled
/// exception keeps the runtime's report, since that one is a fault in the code.
/// </summary>
internal static class StartupFailure
{
    public const int ConfigurationExitCode = 78;

    // Program runs once in production, but once per WebApplicationFactory in the tests: registering the handler
    // only the first time keeps one delegate per process instead of one per host built.
    private static int registered;

    /// <summary>Registered first thing: the settings are read while the host is built, before any logger exists.</summary>
    public static void ReportSettingsInOneLine()
    {
        if (Interlocked.Exchange(ref registered, 1) == 0)
        {
            AppDomain.CurrentDomain.UnhandledException += ReportAndExit;
        }
    }

    private static void ReportAndExit(object sender, UnhandledExceptionEventArgs e)
    {
        if (SettingError(e.ExceptionObject as Exception) is { } setting)
        {
            Console.Error.WriteLine($"Tracker cannot start: {setting.Message}");
            Environment.Exit(ConfigurationExitCode);
        }
    }

    /// <summary>
    /// The setting's own error, wherever it was wrapped (a service factory, a hosted service): ours, or the
    /// configuration binder's for a value of the wrong type in a bound options class.
    /// </summary>
    private static Exception? SettingError(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is InvalidSettingException || current is InvalidOperationException { Source: "Microsoft.Extensions.Configuration.Binder" })
            {
                return current;
            }
        }
        return null;
    }
}
