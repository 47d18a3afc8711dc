using Mapster;
using Microsoft.EntityFrameworkCore;
using Tracker.Api.Mutations;
using Tracker.Data;
using Tracker.Data.Entities;
using Tracker.GraphQL.Server.Binding;

namespace Tracker.Api.Organizations;

/// <summary>Creating and updating individual signers and actors.</summary>
[GraphQLType("Mutation")]
public sealed class PersonMutations(MutationRunner runner, TypeAdapterConfig mapping)
{
    public Task<PersonPayload> CreatePerson(CreatePersonInput input, CancellationToken cancellationToken) =>
        runner.RunAsync("createPerson", input, async (scope, ct) =>
        {
            var name = scope.Name(input.Name, 300, "name");
            var slug = scope.Slug(input.Slug, "slug") ?? (name is null ? null : await OrganizationMutations.FreeSlugAsync(scope.Db, InputChecks.SlugFrom(name), ct));
            // Organisations and people share one space of slugs, so a signatory's slug names one record.
            if (input.Slug is not null && (await scope.Db.People.AnyAsync(p => p.Slug == input.Slug, ct) || await scope.Db.Organizations.AnyAsync(o => o.Slug == input.Slug, ct)))
            {
                scope.Invalid($"A person or organisation already has the slug \"{input.Slug}\".", "slug");
            }
            var organization = input.Organization is null ? null : await scope.Db.Organizations.SingleOrDefaultAsync(o => o.Slug == input.Organization, ct);
            if (input.Organization is not null && organization is null)
            {
                scope.NotFound($"No organisation has the slug \"{input.Organization}\".", "organization");
            }
            var person = new Person
            {
                Slug = slug ?? "",
                Name = name ?? "",
                NormalizedName = NameNormalizer.Normalize(name ?? ""),
                Title = scope.Text(input.Title, 200, false, "title"),
                Affiliation = scope.Text(input.Affiliation, 500, false, "affiliation"),
                Organization = organization,
                City = scope.Text(input.City, 200, false, "city"),
                State = scope.StateCode(input.State, "state"),
            };
            if (scope.Failed)
            {
                return new PersonPayload(null, []);
            }
            scope.Db.People.Add(person);
            scope.Audit("Person", () => person.Id, null, () => person.Adapt<PersonModel>(mapping));
            await scope.Db.SaveChangesAsync(ct);
            return new PersonPayload(person.Adapt<PersonModel>(mapping), []);
        }, errors => new PersonPayload(null, errors), cancellationToken);

    public Task<PersonPayload> UpdatePerson(UpdatePersonInput input, CancellationToken cancellationToken) =>
        runner.RunAsync("updatePerson", input, async (scope, ct) =>
        {
            var person = await scope.FindCurrentAsync<Person>(input.Id, input.Version, ct);
            if (person is null)
            {
                return new PersonPayload(null, []);
            }
            var before = person.Adapt<PersonModel>(mapping) with { Version = input.Version };
            if (input.Name.HasValue && scope.Name(input.Name.Value, 300, "name") is { } name)
            {
                person.Name = name;
                person.NormalizedName = NameNormalizer.Normalize(name);
            }
            if (input.Title.HasValue)
            {
                person.Title = scope.Text(input.Title.Value, 200, false, "title");
            }
            if (input.Affiliation.HasValue)
            {
                person.Affiliation = scope.Text(input.Affiliation.Value, 500, false, "affiliation");
            }
            if (input.City.HasValue)
            {
                person.City = scope.Text(input.City.Value, 200, false, "city");
            }
            if (input.State.HasValue)
            {
                person.State = scope.StateCode(input.State.Value, "state");
            }
            scope.Audit("Person", () => person.Id, before, () => person.Adapt<PersonModel>(mapping));
            return new PersonPayload(person.Adapt<PersonModel>(mapping), []);
        }, errors => new PersonPayload(null, errors), cancellationToken);
}
