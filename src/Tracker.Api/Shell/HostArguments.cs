namespace Tracker.Api.Shell;

/// <summary>What the host is told on the command line about itself (the test host names its content root there).</summary>
internal static class HostArguments
{
    public static bool NamesContentRoot(string[] args) =>
        args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase) || a.StartsWith("/contentRoot", StringComparison.OrdinalIgnoreCase));
}
