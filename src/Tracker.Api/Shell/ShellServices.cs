namespace Tracker.Api.Shell;

/// <summary>
/// The one start-up path of the shell commands: the server's data services on the server's settings (so the same
/// database), migrated and seeded as the server would be, without the web host.
/// </summary>
internal static class ShellServices
{
    public static async Task<ServiceProvider> StartAsync(IConfiguration configuration, TimeProvider clock, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(clock)
            .AddTrackerData(configuration)
            .AddSingleton<ApiKeys>()
            .BuildServiceProvider();
        try
        {
            await services.MigrateAndSeedAsync(cancellationToken);
            return services;
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }
    }
}
