using Mapster;
using Microsoft.EntityFrameworkCore;
using Tracker.Api.Mutations;
using Tracker.Api.Sources;
using Tracker.Data.Entities;
using Tracker.GraphQL.Server.Binding;

namespace Tracker.Api.Jurisdictions;

/// <summary>Recording legislation and its later stages.</summary>
[GraphQLType("Mutation")]
public sealed class LegislationMutations(MutationRunner runner, TypeAdapterConfig mapping)
{
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
}
