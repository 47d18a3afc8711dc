using Mapster;
using Microsoft.EntityFrameworkCore;
using Tracker.Api.Maintainers;
using Tracker.Api.Sources;
using Tracker.Data.Entities;
using Tracker.GraphQL.Server.Binding;

namespace Tracker.Api.Jurisdictions;

public sealed record CreateJurisdictionInput(string Code, JurisdictionKind Kind, string Name, string? PostalCode, string? Fips, string? Parent);

public sealed record UpdateJurisdictionInput(string Id, int Version, Optional<string?> Name, Optional<string?> PostalCode, Optional<string?> Fips);

public sealed record JurisdictionPayload(JurisdictionModel? Jurisdiction, IReadOnlyList<UserErrorModel> Errors);

public sealed record LegislationStageInput(LegislationStageKind Stage, DateOnly Date, DatePrecision DatePrecision, DateQualifier DateQualifier, string? Description);

public sealed record RecordLegislationInput(
    string Slug, string Jurisdiction, string? Identifier, string Title, LegislationKind Kind, LegislationStance Stance, string? Summary,
    IReadOnlyList<LegislationStageInput> Stages, IReadOnlyList<CitationInput> Sources);

public sealed record AddLegislationStageInput(string Id, int Version, LegislationStageInput Stage, IReadOnlyList<CitationInput> Sources);

public sealed record LegislationPayload(LegislationModel? Legislation, IReadOnlyList<UserErrorModel> Errors);

/// <summary>Creating and updating jurisdictions, and recording legislation.</summary>
[GraphQLType("Mutation")]
public sealed class JurisdictionMutations(MutationRunner runner, TypeAdapterConfig mapping)
{
    public Task<JurisdictionPayload> CreateJurisdiction(CreateJurisdictionInput input, CancellationToken cancellationToken) =>
        runner.RunAsync("createJurisdiction", input, async (scope, ct) =>
        {
            var code = scope.Text(input.Code, 100, true, "code");
            var name = scope.Text(input.Name, 200, true, "name");
            var fips = CheckFips(scope, input.Fips);
            var postalCode = scope.StateCode(input.PostalCode, "postalCode");
            if (code is not null && await scope.Db.Jurisdictions.AnyAsync(j => j.Code == code, ct))
            {
                scope.Invalid($"A jurisdiction already has the code \"{code}\".", "code");
            }
            var parent = input.Parent is null ? null : await scope.Db.Jurisdictions.SingleOrDefaultAsync(j => j.Code == input.Parent, ct);
            if (input.Parent is not null && parent is null)
            {
                scope.NotFound($"No jurisdiction has the code \"{input.Parent}\".", "parent");
            }
            // The hierarchy the status summary counts by: counties and cities directly under a state-level
            // jurisdiction, which (like the country) has no parent.
            var local = input.Kind is JurisdictionKind.County or JurisdictionKind.City;
            if (local && input.Parent is null)
            {
                scope.Invalid("A county or city needs the code of its state in \"parent\".", "parent");
            }
            else if (local && parent is { Kind: not (JurisdictionKind.State or JurisdictionKind.District or JurisdictionKind.Territory) })
            {
                scope.Invalid($"A county or city sits directly under a state, DC or a territory; \"{parent.Code}\" is a {parent.Kind.ToString().ToLowerInvariant()}.", "parent");
            }
            else if (!local && input.Parent is not null)
            {
                scope.Invalid("Only counties and cities have a parent; a state, DC, a territory or the country has none.", "parent");
            }
            if (local && postalCode is not null)
            {
                scope.Invalid("Postal codes belong to states, DC and territories; a county or city has none.", "postalCode");
            }
            if (input.Kind == JurisdictionKind.Country && await scope.Db.Jurisdictions.AnyAsync(j => j.Kind == JurisdictionKind.Country, ct))
            {
                scope.Invalid("The tracker follows one country, which it already has.", "kind");
            }
            if (scope.Failed)
            {
                return new JurisdictionPayload(null, []);
            }
            var jurisdiction = new Jurisdiction { Code = code!, Kind = input.Kind, Name = name!, PostalCode = postalCode, Fips = fips, Parent = parent, CurrentStatus = ParticipationStatus.Unknown };
            scope.Db.Jurisdictions.Add(jurisdiction);
            scope.Audit("Jurisdiction", () => jurisdiction.Id, null, () => jurisdiction.Adapt<JurisdictionModel>(mapping));
            await scope.Db.SaveChangesAsync(ct);
            return new JurisdictionPayload(jurisdiction.Adapt<JurisdictionModel>(mapping), []);
        }, errors => new JurisdictionPayload(null, errors), cancellationToken);

    public Task<JurisdictionPayload> UpdateJurisdiction(UpdateJurisdictionInput input, CancellationToken cancellationToken) =>
        runner.RunAsync("updateJurisdiction", input, async (scope, ct) =>
        {
            var jurisdiction = await scope.FindCurrentAsync<Jurisdiction>(input.Id, input.Version, ct);
            if (jurisdiction is null)
            {
                return new JurisdictionPayload(null, []);
            }
            var before = jurisdiction.Adapt<JurisdictionModel>(mapping) with { Version = input.Version };
            if (input.Name.HasValue)
            {
                jurisdiction.Name = scope.Text(input.Name.Value, 200, true, "name") ?? jurisdiction.Name;
            }
            if (input.PostalCode.HasValue)
            {
                jurisdiction.PostalCode = scope.StateCode(input.PostalCode.Value, "postalCode");
            }
            if (input.Fips.HasValue)
            {
                jurisdiction.Fips = CheckFips(scope, input.Fips.Value);
            }
            scope.Audit("Jurisdiction", () => jurisdiction.Id, before, () => jurisdiction.Adapt<JurisdictionModel>(mapping));
            return new JurisdictionPayload(jurisdiction.Adapt<JurisdictionModel>(mapping), []);
        }, errors => new JurisdictionPayload(null, errors), cancellationToken);

    public Task<LegislationPayload> RecordLegislation(RecordLegislationInput input, CancellationToken cancellationToken) =>
        runner.RunAsync("recordLegislation", input, async (scope, ct) =>
        {
            var slug = scope.Slug(input.Slug, "slug");
            if (await scope.Db.Legislation.AnyAsync(l => l.Slug == slug, ct))
            {
                scope.Invalid($"Legislation already has the slug \"{slug}\".", "slug");
            }
            var jurisdiction = await scope.Db.Jurisdictions.SingleOrDefaultAsync(j => j.Code == input.Jurisdiction, ct);
            if (jurisdiction is null)
            {
                scope.NotFound($"No jurisdiction has the code \"{input.Jurisdiction}\".", "jurisdiction");
            }
            var stages = new List<LegislationStage>();
            for (var i = 0; i < input.Stages.Count; i++)
            {
                var stage = input.Stages[i];
                var index = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                scope.NotInFuture(stage.Date, "stages", index, "date");
                stages.Add(new LegislationStage
                {
                    Stage = stage.Stage, Date = stage.Date, DatePrecision = stage.DatePrecision, DateQualifier = stage.DateQualifier,
                    Description = scope.Text(stage.Description, 4000, false, "stages", index, "description"),
                });
            }
            var legislation = new Legislation
            {
                Slug = slug!,
                Jurisdiction = jurisdiction!,
                Identifier = scope.Text(input.Identifier, 100, false, "identifier"),
                Title = scope.Text(input.Title, 500, true, "title")!,
                Kind = input.Kind,
                Stance = input.Stance,
                Summary = scope.Text(input.Summary, 4000, false, "summary"),
                Stages = stages,
                Citations = await scope.ResolveAsync(input.Sources, required: true, ct),
            };
            if (scope.Failed)
            {
                return new LegislationPayload(null, []);
            }
            scope.Db.Legislation.Add(legislation);
            await scope.Db.SaveChangesAsync(ct);
            var after = legislation.Adapt<LegislationModel>(mapping);
            scope.Audit("Legislation", () => legislation.Id, null, () => after);
            return new LegislationPayload(after, []);
        }, errors => new LegislationPayload(null, errors), cancellationToken);

    public Task<LegislationPayload> AddLegislationStage(AddLegislationStageInput input, CancellationToken cancellationToken) =>
        runner.RunAsync("addLegislationStage", input, async (scope, ct) =>
        {
            var legislation = await scope.FindCurrentAsync<Legislation>(input.Id, input.Version, ct);
            if (legislation is null)
            {
                return new LegislationPayload(null, []);
            }
            await scope.Db.Entry(legislation).Collection(l => l.Stages).LoadAsync(ct);
            var before = legislation.Adapt<LegislationModel>(mapping) with { Version = input.Version };
            scope.NotInFuture(input.Stage.Date, "stage", "date");
            legislation.Stages.Add(new LegislationStage
            {
                Stage = input.Stage.Stage, Date = input.Stage.Date, DatePrecision = input.Stage.DatePrecision, DateQualifier = input.Stage.DateQualifier,
                Description = scope.Text(input.Stage.Description, 4000, false, "stage", "description"),
                Citations = await scope.ResolveAsync(input.Sources, required: true, ct),
            });
            if (scope.Failed)
            {
                return new LegislationPayload(null, []);
            }
            await scope.Db.SaveChangesAsync(ct);
            scope.Audit("Legislation", () => legislation.Id, before, () => legislation.Adapt<LegislationModel>(mapping));
            return new LegislationPayload(legislation.Adapt<LegislationModel>(mapping), []);
        }, errors => new LegislationPayload(null, errors), cancellationToken);

    private static string? CheckFips(MutationScope scope, string? fips)
    {
        if (fips is not null && !(fips.Length is 2 or 5 or 7 && fips.All(char.IsAsciiDigit)))
        {
            scope.Invalid($"\"fips\" must be 2, 5 or 7 digits; \"{fips}\" is not.", "fips");
        }
        return fips;
    }
}
