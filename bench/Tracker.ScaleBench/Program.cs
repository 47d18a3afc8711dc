using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tracker.Data;
using Tracker.ScaleBench;

// bench/scale.sh drives this tool:
//   generate (DATA_FOLDER | POSTGRES_CONNECTION_STRING) [--signatures N] [--organizations N] [--letters N] [--counties N] ...
//   load URL FOLDER_OR_FILE... [--clients 1,16,64] [--modes uncached,cached] [--seconds 10] [--warmup 2]
//        [--only name,name] [--rate R] [--uncached-header "Name: value"]
if (args.Length >= 2 && args[0] == "generate")
{
    var scale = new Scale(
        Counties: Option("--counties", 0), Cities: Option("--cities", 20_000), People: Option("--people", 5_000),
        Organizations: Option("--organizations", 100_000), Letters: Option("--letters", 5_000),
        Signatures: Option("--signatures", 1_000_000), StatusEvents: Option("--status-events", 2_000), Seed: Option("--seed", 2011));
    // A connection string (it has "Host=") selects PostgreSQL; anything else is SQLite's data folder.
    var settings = args[1].Contains("Host=", StringComparison.OrdinalIgnoreCase)
        ? new Dictionary<string, string?> { ["Tracker:Provider"] = "Postgres", ["ConnectionStrings:Tracker"] = args[1] }
        : new Dictionary<string, string?> { ["Tracker:DataFolder"] = args[1] };
    var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    var services = new ServiceCollection().AddLogging(l => l.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning)).AddTrackerData(configuration).BuildServiceProvider();
    await services.MigrateAndSeedAsync();
    await using var db = await services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
    if (await db.Organizations.AnyAsync(o => o.Slug.StartsWith("gen-")))
    {
        Console.Error.WriteLine("The database already holds generated data; use an empty one.");
        return 1;
    }
    await new Generator(db, scale, Console.Out).RunAsync();
    return 0;
}
if (args.Length >= 3 && args[0] == "load")
{
    var only = Text("--only", "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    var files = args.Skip(2).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal))
        .SelectMany(path => Directory.Exists(path) ? Directory.EnumerateFiles(path, "*.graphql").Order(StringComparer.Ordinal).ToArray() : [path])
        .Where(f => only.Length == 0 || only.Contains(Path.GetFileNameWithoutExtension(f)))
        .ToList();
    if (files.Count == 0)
    {
        Console.Error.WriteLine("No query selected.");
        return 2;
    }
    var options = new LoadOptions(
        Endpoint: new Uri(args[1]),
        QueryFiles: files,
        Clients: Text("--clients", "1,16,64").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList(),
        Modes: Text("--modes", "uncached,cached").Split(',').Select(m => Enum.Parse<LoadMode>(m, ignoreCase: true)).ToList(),
        Duration: TimeSpan.FromSeconds(double.Parse(Text("--seconds", "10"), CultureInfo.InvariantCulture)),
        WarmUp: TimeSpan.FromSeconds(double.Parse(Text("--warmup", "2"), CultureInfo.InvariantCulture)),
        Rate: double.Parse(Text("--rate", "0"), CultureInfo.InvariantCulture),
        UncachedHeader: Text("--uncached-header", "Cache-Control: no-cache") is { Length: > 0 } header ? header : null);
    return await LoadTest.RunAsync(options, Console.Out);
}
Console.Error.WriteLine("usage: generate (DATA_FOLDER | POSTGRES_CONNECTION_STRING) [--signatures N ...] | load URL FOLDER_OR_FILE... [--clients 1,16,64] [--modes uncached,cached] [--seconds 10] [--warmup 2] [--only a,b] [--rate R] [--uncached-header H]");
return 2;

int Option(string name, int fallback) => int.Parse(Text(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

string Text(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}
