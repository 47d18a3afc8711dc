using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tracker.Data;
using Tracker.ScaleBench;

// bench/scale.sh drives this tool:
//   generate DATA_FOLDER [--signatures N] [--organizations N] [--letters N] [--counties N] [--cities N]
//   measure URL QUERY_FOLDER [--iterations N]
if (args.Length >= 2 && args[0] == "generate")
{
    var scale = new Scale(
        Counties: Option("--counties", 0), Cities: Option("--cities", 20_000), People: Option("--people", 5_000),
        Organizations: Option("--organizations", 100_000), Letters: Option("--letters", 5_000),
        Signatures: Option("--signatures", 1_000_000), StatusEvents: Option("--status-events", 2_000), Seed: Option("--seed", 2011));
    var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Tracker:DataFolder"] = args[1] }).Build();
    var services = new ServiceCollection().AddLogging(l => l.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning)).AddTrackerData(configuration).BuildServiceProvider();
    await services.MigrateAndSeedAsync();
    await using var db = await services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
    if (await db.Organizations.AnyAsync(o => o.Slug.StartsWith("gen-")))
    {
        Console.Error.WriteLine($"{args[1]} already holds generated data; use an empty folder.");
        return 1;
    }
    await new Generator(db, scale, Console.Out).RunAsync();
    return 0;
}
if (args.Length >= 3 && args[0] == "measure")
{
    return await Latency.MeasureAsync(new Uri(args[1]), args[2], Option("--iterations", 200), Console.Out);
}
Console.Error.WriteLine("usage: generate DATA_FOLDER [--signatures N ...] | measure URL QUERY_FOLDER [--iterations N]");
return 2;

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
