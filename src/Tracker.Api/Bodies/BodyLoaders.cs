namespace Tracker.Api.Bodies;

/// <summary>The per-request loads of public bodies, batched.</summary>
public sealed class BodyLoaders(ModelLoader loader)
{
    public Task<BodyModel?> ByKeyAsync(int key) =>
        loader.ByKeyAsync<Body, BodyModel, int>("Body", key, db => db.Bodies, b => b.Id, m => m.Key);

    public Task<BodyModel?> BySlugAsync(string slug) =>
        loader.ByKeyAsync<Body, BodyModel, string>("Body.slug", slug, db => db.Bodies, b => b.Slug, m => m.Slug);
}
