using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Tracker.GraphQL.Server.Configuration;
using Tracker.GraphQL.Server.Execution;

namespace Tracker.GraphQL.Benchmarks;

/// <summary>
/// A dashboard request end to end through the server's executor (document lookup, parse, validate, limits,
/// execute, masking), with the document cached against a cache that keeps nothing (capacity 0 bytes).
/// </summary>
[MemoryDiagnoser]
public class DocumentCacheBenchmarks
{
    private static readonly GraphQLRequest Request = new() { Query = DashboardWorkload.Query };

    private readonly IServiceProvider _services = new EmptyServices();
    private RequestExecutor _cached = null!;
    private RequestExecutor _uncached = null!;
    private Tracker.GraphQL.Language.DocumentNode _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        _document = Tracker.GraphQL.Language.Parser.Parse(DashboardWorkload.Query);
        _cached = Create(cacheBytes: 64 * 1024 * 1024);
        _uncached = Create(cacheBytes: 0);
        // A benchmark of a failing request would measure nothing useful.
        var result = Cached().Result;
        if (result.Errors is { Count: > 0 } errors || !result.HasData)
        {
            throw new InvalidOperationException("The dashboard workload fails: " + string.Join("; ", result.Errors?.Select(e => e.Message) ?? []));
        }
    }

    private static RequestExecutor Create(long cacheBytes) => new(
        DashboardWorkload.Schema,
        new GraphQLServerOptions { DocumentCacheBytes = cacheBytes },
        new InMemoryPersistedDocumentStore(1024 * 1024),
        NullLogger<RequestExecutor>.Instance);

    [Benchmark(Baseline = true)]
    public GraphQLResponse Uncached() => _uncached.ExecuteAsync(Request, _services, null, true, CancellationToken.None).Result;

    /// <summary>The floor under any cache: executing the already parsed and validated document, nothing else.</summary>
    [Benchmark]
    public Tracker.GraphQL.Execution.ExecutionResult ExecuteOnly() =>
        Tracker.GraphQL.Execution.Executor.ExecuteAsync(new Tracker.GraphQL.Execution.ExecutionArgs { Schema = DashboardWorkload.Schema, Document = _document }).AsTask().Result;

    [Benchmark]
    public GraphQLResponse Cached() => _cached.ExecuteAsync(Request, _services, null, true, CancellationToken.None).Result;

    /// <summary>No services registered: as a container does, nothing for a single service, an empty list for many.</summary>
    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) =>
            serviceType.IsGenericType && serviceType.GetGenericTypeDefinition() == typeof(IEnumerable<>)
                ? Array.CreateInstance(serviceType.GetGenericArguments()[0], 0)
                : null;
    }
}
