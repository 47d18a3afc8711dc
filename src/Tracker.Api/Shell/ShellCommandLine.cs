namespace Tracker.Api.Shell;

/// <summary>
/// The shell commands (<c>keys ...</c>, <c>import ...</c>) take the server's settings on the same command line
/// (<c>--Tracker:DataFolder=PATH</c> or <c>--Tracker:DataFolder PATH</c>). The host's command-line configuration
/// would also read the command's own words (<c>--dry-run FILE</c> as a setting named dry-run), and the commands'
/// parser would refuse the settings as unknown options, so each is given only its own part. A setting is told
/// apart by the section separator its name has, or by being one of the host's own flat keys.
/// </summary>
internal static class ShellCommandLine
{
    private static readonly string[] HostKeys = ["urls", "environment", "contentRoot", "applicationName"];

    public static string[] SettingsOnly(string[] args) => Split(args).Settings;

    public static string[] WithoutSettings(string[] args) => Split(args).Others;

    /// <summary>A setting such as <c>--Tracker:DataFolder</c>, <c>--ConnectionStrings:Tracker=...</c> or <c>--urls=...</c>.</summary>
    public static bool IsSetting(string arg)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal))
        {
            return false;
        }
        var name = arg[2..].Split('=', 2)[0];
        return name.Contains(':') || HostKeys.Contains(name, StringComparer.OrdinalIgnoreCase);
    }

    private static (string[] Settings, string[] Others) Split(string[] args)
    {
        var settings = new List<string>();
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!IsSetting(args[i]))
            {
                rest.Add(args[i]);
                continue;
            }
            settings.Add(args[i]);
            if (!args[i].Contains('=') && i + 1 < args.Length)
            {
                settings.Add(args[++i]);
            }
        }
        return ([.. settings], [.. rest]);
    }
}
