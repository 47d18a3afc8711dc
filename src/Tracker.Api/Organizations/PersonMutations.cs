namespace Tracker.Api.Organizations;

/// <summary>Creating and updating individual signers and actors.</summary>
[GraphQLType("Mutation")]
public sealed class PersonMutations(RecordMutations mutations)
{
    public Task<PersonPayload> CreatePerson(CreatePersonInput input, CancellationToken cancellationToken) =>
        mutations.CreateAsync<Person, PersonModel, PersonPayload>(input, async (scope, ct) =>
        {
            var name = scope.Name<Person>(input.Name, p => p.Name, "name");
            var slug = scope.Slug(input.Slug, "slug") ?? (name is null ? null : await OrganizationMutations.FreeSlugAsync(scope.Db, InputChecks.SlugFrom(name), ct));
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
        }, Payload, cancellationToken);

    public Task<PersonPayload> UpdatePerson(UpdatePersonInput input, CancellationToken cancellationToken) =>
        mutations.UpdateAsync<Person, PersonModel, PersonPayload>(input, (scope, person, ct) =>
        {
            if (input.Name.HasValue && scope.Name<Person>(input.Name.Value, p => p.Name, "name") is { } name)
            {
                person.Name = name;
                person.NormalizedName = NameNormalizer.Normalize(name);
            }
            if (input.Title.HasValue)
            {
                person.Title = scope.Optional<Person>(input.Title.Value, p => p.Title, "title");
            }
            if (input.Affiliation.HasValue)
            {
                person.Affiliation = scope.Optional<Person>(input.Affiliation.Value, p => p.Affiliation, "affiliation");
            }
            if (input.City.HasValue)
            {
                person.City = scope.Optional<Person>(input.City.Value, p => p.City, "city");
            }
            if (input.State.HasValue)
            {
                person.State = scope.StateCode(input.State.Value, "state");
            }
            return Task.CompletedTask;
        }, Payload, cancellationToken);

    private static PersonPayload Payload(PersonModel? person, IReadOnlyList<UserErrorModel> errors) => new(person, errors);
}
