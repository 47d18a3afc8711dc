using System.Text.Json.Serialization;

namespace Tracker.Api.Infrastructure.Models;

/// <summary>
/// What the API model of every row maintainers can change (<see cref="Tracked"/>) carries: its key, mapped from
/// the entity's <c>Id</c>, and the version an update must send back.
/// </summary>
public abstract record TrackedModel
{
    // The audit log's record images list these first, as they did before the models shared them (System.Text.Json
    // would otherwise write a base record's properties after the derived record's).
    [JsonPropertyOrder(-3)]
    public int Key { get; init; }

    [JsonPropertyOrder(-2)]
    public int Version { get; init; }
}
