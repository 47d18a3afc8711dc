using System.Text.Json;

namespace Tracker.Api.Infrastructure.Paging;

/// <summary>The arguments every connection field takes: Relay paging plus the schema's <c>where</c> and <c>order</c>.</summary>
public sealed record ConnectionArgs(
    int? First,
    string? After,
    int? Last,
    string? Before,
    IReadOnlyDictionary<string, object?>? Where = null,
    IReadOnlyList<IReadOnlyDictionary<string, object?>>? Order = null)
{
    /// <summary>Identifies the filter and sort, so nested connections with the same ones share a DataLoader.</summary>
    public string QueryKey => JsonSerializer.Serialize(new object?[] { Where, Order });
}
