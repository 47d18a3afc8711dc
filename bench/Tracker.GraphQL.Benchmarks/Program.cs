using BenchmarkDotNet.Running;
using Tracker.GraphQL.Benchmarks;
using Tracker.GraphQL.Benchmarks.Reference;

// "check": only compare GraphQL.NET's answers with ours (bench/run.sh runs it before timing anything).
if (args is ["check"])
{
    var problems = OutputCheck.Problems().ToList();
    foreach (var problem in problems)
    {
        Console.WriteLine(problem);
    }
    Console.WriteLine(problems.Count == 0 ? "GraphQL.NET's answers equal ours on every workload." : $"{problems.Count} differences.");
    return problems.Count == 0 ? 0 : 1;
}
// "alloc [--types NAME]": bytes allocated per operation, ours and GraphQL.NET's (see AllocationReport).
if (args is ["alloc", ..])
{
    AllocationReport.Run(args is [_, "--types", var name] ? name : null);
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
