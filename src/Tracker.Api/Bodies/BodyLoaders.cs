namespace Tracker.Api.Bodies;

/// <summary>The per-request loads of public bodies, batched.</summary>
public sealed class BodyLoaders(ModelLoader loader)
{
    public Task<BodyModel?> ByKeyAsync(int key) => loader.ByKeyAsync(BodyQueryMaps.Records, key);

    public Task<BodyModel?> BySlugAsync(string slug) => loader.BySlugAsync(BodyQueryMaps.Records, slug);
}
