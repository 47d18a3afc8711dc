using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Tracker.GraphQL.Server.Execution;
using Xunit.Abstractions;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>
/// A flood of large distinct documents (accepted, refused by a limit, registered as persisted queries) leaves the
/// process's managed heap bounded by the caches' budgets. Without the bounds the same flood keeps ~250 MB.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class MemoryFloodTests(ITestOutputHelper output)
{
    private const long DocumentCacheBytes = 8 * 1024 * 1024;
    private const long PersistedBytes = 4 * 1024 * 1024;

    [Fact]
    public async Task A_flood_of_large_distinct_documents_leaves_the_managed_heap_bounded()
    {
        await using var app = await TestApp.StartAsync(o =>
        {
            o.DocumentCacheBytes = DocumentCacheBytes;
            o.PersistedDocumentCacheBytes = PersistedBytes;
            o.Operation = o.Operation with { MaxAliases = 2_000 };
        });
        var executor = app.Services.GetRequiredService<RequestExecutor>();
        await RunAsync(app.Services, executor, new GraphQLRequest { Query = DocumentCacheTests.Aliases(-1, 1_000) });
        var before = GC.GetTotalMemory(forceFullCollection: true);

        for (var n = 0; n < 150; n++)
        {
            await RunAsync(app.Services, executor, new GraphQLRequest { Query = DocumentCacheTests.Aliases(n, 1_000) });
            await RunAsync(app.Services, executor, new GraphQLRequest { Query = DocumentCacheTests.Aliases(10_000 + n, 4_990) });
            var persisted = $"# registration {n} {new string('x', 100_000)}\n{{ hello }}";
            await RunAsync(app.Services, executor, new GraphQLRequest
            {
                Query = persisted,
                Extensions = new Dictionary<string, object?>
                {
                    ["persistedQuery"] = new Dictionary<string, object?> { ["version"] = 1.0, ["sha256Hash"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(persisted))) },
                },
            });
        }
        var growth = GC.GetTotalMemory(forceFullCollection: true) - before;

        output.WriteLine($"managed heap growth: {growth / 1024 / 1024} MiB; document cache {executor.Documents.Bytes / 1024 / 1024} MiB estimated");
        var store = (InMemoryPersistedDocumentStore)app.Services.GetRequiredService<IPersistedDocumentStore>();
        Assert.InRange(executor.Documents.Bytes, 1, DocumentCacheBytes);
        Assert.InRange(store.RegisteredBytes, 1, PersistedBytes);
        // The budgets are 12 MiB of estimates that bound the real footprint; the rest is headroom for the server's own allocations.
        Assert.InRange(growth, long.MinValue, 48L * 1024 * 1024);
    }

    private static async Task RunAsync(IServiceProvider services, RequestExecutor executor, GraphQLRequest request)
    {
        await using var scope = services.CreateAsyncScope();
        var response = await executor.ExecuteAsync(request, scope.ServiceProvider, null, allowMutations: false, CancellationToken.None);
        Assert.NotNull(response.Result);
    }
}
