namespace Tracker.Api.Organizations;

/// <summary>The per-request loads of organisations and people, batched.</summary>
public sealed class SignatoryLoaders(ModelLoader loader)
{
    public Task<OrganizationModel?> OrganizationAsync(int key) => loader.ByKeyAsync(SignatoryQueryMaps.Organizations, key);

    public Task<OrganizationModel?> OrganizationBySlugAsync(string slug) => loader.BySlugAsync(SignatoryQueryMaps.Organizations, slug);

    public Task<PersonModel?> PersonAsync(int key) => loader.ByKeyAsync(SignatoryQueryMaps.People, key);

    public Task<PersonModel?> PersonBySlugAsync(string slug) => loader.BySlugAsync(SignatoryQueryMaps.People, slug);
}
