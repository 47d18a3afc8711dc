namespace Tracker.Api.Organizations;

/// <summary>Creating and updating individual signers and actors.</summary>
public static class PersonWrites
{
    public static MutableKind<Person, PersonModel, PersonPayload> Kind { get; } = new((model, errors) => new PersonPayload(model, errors));

    public static async Task<Person?> NewAsync(MutationScope scope, CreatePersonInput input, CancellationToken ct)
    {
        var name = scope.Name<Person>(input.Name, p => p.Name, "name");
        var slug = scope.Slug(input.Slug, "slug") ?? (name is null ? null : await OrganizationWrites.FreeSlugAsync(scope.Db, InputChecks.SlugFrom(name), ct));
        // Organisations and people share one space of slugs, so a signatory's slug names one record.
        if (input.Slug is not null && (await scope.Db.People.AnyAsync(p => p.Slug == input.Slug, ct) || await scope.Db.Organizations.AnyAsync(o => o.Slug == input.Slug, ct)))
        {
            scope.Invalid($"A person or organisation already has the slug \"{input.Slug}\".", "slug");
        }
        var organization = await scope.ReferencedAsync(scope.Db.Organizations, input.Organization, o => o.Slug, "organisation", "organization", ct);
        return new Person
        {
            Slug = slug ?? "",
            Name = name ?? "",
            NormalizedName = NameNormalizer.Normalize(name ?? ""),
            Title = scope.Optional<Person>(input.Title, p => p.Title, "title"),
            Affiliation = scope.Optional<Person>(input.Affiliation, p => p.Affiliation, "affiliation"),
            Organization = organization,
            City = scope.Optional<Person>(input.City, p => p.City, "city"),
            State = scope.StateCode(input.State, "state"),
        };
    }

    public static Task ApplyAsync(MutationScope scope, Person person, UpdatePersonInput input, CancellationToken ct)
    {
        input.Name.Then(name => scope.Rename(person, name));
        input.Title.Then(title => person.Title = scope.Optional<Person>(title, p => p.Title, "title"));
        input.Affiliation.Then(affiliation => person.Affiliation = scope.Optional<Person>(affiliation, p => p.Affiliation, "affiliation"));
        input.City.Then(city => person.City = scope.Optional<Person>(city, p => p.City, "city"));
        input.State.Then(state => person.State = scope.StateCode(state, "state"));
        return Task.CompletedTask;
    }
}
