using System.Text.Json.Serialization;

namespace Tracker.Api.Infrastructure.Models;

/// <summary>A tracked record that people name by a slug (<c>letter(slug:)</c>, filters, links between records).</summary>
public abstract record SluggedModel : TrackedModel
{
    [JsonPropertyOrder(-1)]
    public string Slug { get; init; } = "";
}
