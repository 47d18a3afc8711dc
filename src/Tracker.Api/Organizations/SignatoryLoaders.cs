namespace Tracker.Api.Organizations;

/// <summary>The per-request loads of organisations and people, batched.</summary>
public sealed class SignatoryLoaders(ModelLoader loader)
{
    public Task<OrganizationModel?> OrganizationAsync(int key) =>
        loader.ByKeyAsync<Organization, OrganizationModel, int>(TypeNames.Organization, key, db => db.Organizations, o => o.Id, m => m.Key);

    public Task<OrganizationModel?> OrganizationBySlugAsync(string slug) =>
        loader.ByKeyAsync<Organization, OrganizationModel, string>("Organization.slug", slug, db => db.Organizations, o => o.Slug, m => m.Slug);

    public Task<PersonModel?> PersonAsync(int key) =>
        loader.ByKeyAsync<Person, PersonModel, int>(TypeNames.Person, key, db => db.People, p => p.Id, m => m.Key);

    public Task<PersonModel?> PersonBySlugAsync(string slug) =>
        loader.ByKeyAsync<Person, PersonModel, string>("Person.slug", slug, db => db.People, p => p.Slug, m => m.Slug);
}
