using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Tracker.GraphQL.Server.Configuration;
using Tracker.GraphQL.Server.Execution;

namespace Tracker.GraphQL.Benchmarks;

/// <summary>
/// A request end to end through the server's executor (document lookup, parse, validate, limits, execute,
/// masking), with the document cached against a cache that forgets everything (capacity 0).
/// </summary>
[MemoryDiagnoser]
public class DocumentCacheBenchmarks
{
    private static readonly GraphQLRequest Request = new() { Query = Workloads.IntrospectionQuery };

    private readonly IServiceProvider _services = new EmptyServices();
    private RequestExecutor _cached = null!;
    private RequestExecutor _uncached = null!;

    [GlobalSetup]
    public void Setup()
    {
        _cached = Create(cacheSize: 100);
        _uncached = Create(cacheSize: 0);
    }

    private static RequestExecutor Create(int cacheSize) => new(
        Workloads.IntrospectionSchema,
        new GraphQLServerOptions { DocumentCacheSize = cacheSize },
        new InMemoryPersistedDocumentStore(10),
        NullLogger<RequestExecutor>.Instance);

    [Benchmark(Baseline = true)]
    public GraphQLResponse Uncached() => _uncached.ExecuteAsync(Request, _services, null, true, CancellationToken.None).Result;

    [Benchmark]
    public GraphQLResponse Cached() => _cached.ExecuteAsync(Request, _services, null, true, CancellationToken.None).Result;

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
