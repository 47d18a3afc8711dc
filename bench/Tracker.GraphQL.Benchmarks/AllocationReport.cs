using System.Diagnostics.Tracing;
using Tracker.GraphQL.Benchmarks.Reference;

namespace Tracker.GraphQL.Benchmarks;

/// <summary>
/// "alloc": the bytes each workload allocates per operation, ours beside GraphQL.NET's, in seconds rather than the
/// minutes a BenchmarkDotNet run takes (allocation does not depend on the machine's load, so a few hundred
/// operations on one thread measure it exactly). "alloc --types NAME" also samples the .NET runtime's allocation
/// events while NAME runs and lists the types that take the bytes: where to look first when a figure grows.
/// </summary>
internal static class AllocationReport
{
    private const int WarmupMilliseconds = 1500;
    private const int Measured = 400;

    public static void Run(string? typesOf)
    {
        var ours = Workloads();
        var reference = ReferenceWorkloads();
        Console.WriteLine("| workload | ours (B/op) | GraphQL.NET (B/op) | ours / GraphQL.NET |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (name, run) in ours)
        {
            var bytes = BytesPerOperation(run);
            var theirs = BytesPerOperation(reference[name]);
            Console.WriteLine($"| {name} | {bytes:N0} | {theirs:N0} | {(double)bytes / theirs:0.00} |");
        }
        // Where the dashboard request's bytes go, phase by phase (ours only: GraphQL.NET's phases are not separable).
        var dashboard = new DocumentCacheBenchmarks();
        dashboard.Setup();
        var document = Tracker.GraphQL.Language.Parser.Parse(DashboardWorkload.Query);
        var phases = new (string Name, Action Run)[]
        {
            ("parse", () => Tracker.GraphQL.Language.Parser.Parse(DashboardWorkload.Query)),
            ("validate", () => Tracker.GraphQL.Validation.DocumentValidator.Validate(DashboardWorkload.Schema, document)),
            ("execute the validated document", () => dashboard.ExecuteOnly()),
            ("the whole request, document cached", () => dashboard.Cached()),
        };
        Console.WriteLine("\n| dashboard request, phase (ours) | B/op |\n|---|---|");
        foreach (var (name, run) in phases)
        {
            Console.WriteLine($"| {name} | {BytesPerOperation(run):N0} |");
            ours["dashboard " + name] = run;
        }
        if (typesOf is not null)
        {
            Console.WriteLine($"\nTypes allocated by {typesOf} (ours, sampled every ~100 KB by the runtime):");
            foreach (var (type, share) in SampleTypes(ours[typesOf]))
            {
                Console.WriteLine($"{share,6:P1}  {type}");
            }
        }
    }

    /// <summary>The workloads both sides run, by the benchmark methods' names (bench/run.sh pairs them the same way).</summary>
    private static readonly string[] Names =
    [
        nameof(EngineBenchmarks.ParseIntrospectionQuery),
        nameof(EngineBenchmarks.ValidateIntrospectionQuery),
        nameof(EngineBenchmarks.ExecuteIntrospectionQuery),
        nameof(EngineBenchmarks.ExecuteNestedListQuery),
        nameof(DocumentCacheBenchmarks.Uncached),
    ];

    private static Dictionary<string, Action> Workloads()
    {
        var engine = new EngineBenchmarks();
        engine.Setup();
        var dashboard = new DocumentCacheBenchmarks();
        dashboard.Setup();
        return Bind(engine, dashboard);
    }

    private static Dictionary<string, Action> ReferenceWorkloads()
    {
        var reference = new GraphQLDotNetBenchmarks();
        reference.Setup();
        return Bind(reference);
    }

    /// <summary>Each named benchmark method of whichever of <paramref name="benchmarks"/> declares it, as an action.</summary>
    private static Dictionary<string, Action> Bind(params object[] benchmarks) => Names.ToDictionary(name => name, name =>
    {
        var owner = benchmarks.First(benchmark => benchmark.GetType().GetMethod(name) is not null);
        // Every benchmark returns a reference type, so the method binds to Func<object> without a wrapper.
        var call = owner.GetType().GetMethod(name)!.CreateDelegate<Func<object>>(owner);
        return (Action)(() => call());
    });

    private static long BytesPerOperation(Action run)
    {
        // Long enough for tiered compilation to reach its optimised code, which allocates less (escape analysis
        // keeps some objects on the stack), as BenchmarkDotNet's warm-up does.
        var warmup = System.Diagnostics.Stopwatch.StartNew();
        while (warmup.ElapsedMilliseconds < WarmupMilliseconds)
        {
            run();
        }
        // Every workload completes synchronously on this thread, so the thread's counter sees all of its bytes.
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Measured; i++)
        {
            run();
        }
        return (GC.GetAllocatedBytesForCurrentThread() - before) / Measured;
    }

    private static IEnumerable<(string Type, double Share)> SampleTypes(Action run)
    {
        using var listener = new AllocationListener();
        for (var i = 0; i < 20 * Measured; i++)
        {
            run();
        }
        var total = listener.Bytes.Values.Sum();
        return listener.Bytes.OrderByDescending(pair => pair.Value).Take(30).Select(pair => (pair.Key, (double)pair.Value / total));
    }

    /// <summary>The runtime's GCAllocationTick events: one every ~100 KB allocated, naming the type that crossed the mark.</summary>
    private sealed class AllocationListener : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;

        public Dictionary<string, long> Bytes { get; } = [];

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, GcKeyword);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs data)
        {
            if (data.EventName != "GCAllocationTick_V4" || data.Payload is null)
            {
                return;
            }
            var type = (string?)data.Payload[data.PayloadNames!.IndexOf("TypeName")] ?? "?";
            var amount = Convert.ToInt64(data.Payload[data.PayloadNames.IndexOf("AllocationAmount64")]);
            lock (Bytes)
            {
                Bytes[type] = Bytes.GetValueOrDefault(type) + amount;
            }
        }
    }
}
