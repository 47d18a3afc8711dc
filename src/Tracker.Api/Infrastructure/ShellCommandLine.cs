namespace Tracker.Api.Infrastructure;

/// <summary>
/// The shell commands (<c>keys ...</c>, <c>import ...</c>) take the server's settings on the same command line
/// (<c>--Tracker:DataFolder=PATH</c> or <c>--Tracker:DataFolder PATH</c>). The host's command-line configuration
/// would also read the command's own words (<c>--dry-run FILE</c> as a setting named dry-run), so it is given
/// only the settings, told apart by the section separator a setting's name always has.
/// </summary>
public static class ShellCommandLine
{
    public static string[] SettingsOnly(string[] args)
    {
        var settings = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (IsSetting(args[i]))
            {
                settings.Add(args[i]);
                if (!args[i].Contains('=') && i + 1 < args.Length)
                {
                    settings.Add(args[++i]);
                }
            }
        }
        return [.. settings];
    }

    /// <summary>A setting such as <c>--Tracker:DataFolder</c>, <c>--ConnectionStrings:Tracker=...</c> or <c>--urls=...</c>.</summary>
    public static bool IsSetting(string arg) =>
        arg.StartsWith("--", StringComparison.Ordinal) && (arg.Contains(':') || arg.Contains('='));
}
