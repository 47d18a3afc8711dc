using Tracker.Data;
using Tracker.Data.Entities;

namespace Tracker.Api.Maintainers;

/// <summary>
/// <c>dotnet run --project src/Tracker.Api -- keys create --name NAME --role maintainer|admin</c>, <c>keys list</c>,
/// <c>keys revoke --name NAME</c>: key management from the shell, on the database the server uses (same settings).
/// Exit codes: 0 done, 1 refused (unknown key, duplicate name), 2 unusable command line.
/// </summary>
public static class KeyCommands
{
    public const string Usage = "usage: keys create --name NAME --role maintainer|admin | keys list | keys revoke --name NAME";

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddTrackerData(configuration)
            .AddSingleton<ApiKeys>()
            .BuildServiceProvider();
        await using var _ = services;
        await services.MigrateAndSeedAsync();
        var keys = services.GetRequiredService<ApiKeys>();
        var name = Option(args, "--name");
        switch (args.ElementAtOrDefault(1))
        {
            case "create" when name is not null && Enum.TryParse<ApiKeyRole>(Option(args, "--role") ?? "", ignoreCase: true, out var role):
                try
                {
                    var (key, secret) = await keys.CreateAsync(name, role, CancellationToken.None);
                    output.WriteLine($"Created {key.Role.ToString().ToLowerInvariant()} key \"{key.Name}\". It is shown only now; store it safely:");
                    output.WriteLine(secret);
                    return 0;
                }
                catch (ArgumentException exception)
                {
                    error.WriteLine(exception.Message);
                    return 1;
                }
            case "list":
                output.WriteLine($"{"NAME",-30} {"ROLE",-10} {"PREFIX",-12} {"CREATED",-20} {"LAST USED",-20} REVOKED");
                foreach (var key in await keys.ListAsync(CancellationToken.None))
                {
                    output.WriteLine($"{key.Name,-30} {key.Role.ToString().ToLowerInvariant(),-10} {key.Prefix,-12} {key.CreatedAt,-20:yyyy-MM-dd HH:mm:ss} {key.LastUsedAt,-20:yyyy-MM-dd HH:mm:ss} {key.RevokedAt:yyyy-MM-dd HH:mm:ss}");
                }
                return 0;
            case "revoke" when name is not null:
                if (await keys.RevokeAsync(name, CancellationToken.None))
                {
                    output.WriteLine($"Revoked key \"{name}\".");
                    return 0;
                }
                error.WriteLine($"No key is named \"{name}\".");
                return 1;
            default:
                error.WriteLine(Usage);
                return 2;
        }
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
