using Mapster;
using Microsoft.EntityFrameworkCore;
using Tracker.Api.Mutations;
using Tracker.Api.Sources;
using Tracker.Data.Entities;
using Tracker.GraphQL.Server.Binding;

namespace Tracker.Api.Letters;

/// <summary>Creating, updating and delivering letters.</summary>
[GraphQLType("Mutation")]
public sealed class LetterMutations(MutationRunner runner, TypeAdapterConfig mapping)
{
    public Task<LetterPayload> CreateLetter(CreateLetterInput input, CancellationToken cancellationToken) =>
        runner.RunAsync("createLetter", input, async (scope, ct) =>
        {
            var slug = scope.Slug(input.Slug, "slug");
            if (await scope.Db.Letters.AnyAsync(l => l.Slug == slug, ct))
            {
                scope.Invalid($"A letter already has the slug \"{slug}\".", "slug");
            }
            scope.NotInFuture(input.WrittenOn, "writtenOn");
            if (input.ReportedSignatureCount < 0)
            {
                scope.Invalid("\"reportedSignatureCount\" must not be negative.", "reportedSignatureCount");
            }
            var organizerSlugs = input.Organizers ?? [];
            var organizers = await scope.Db.Organizations.Where(o => organizerSlugs.Contains(o.Slug)).ToListAsync(ct);
            foreach (var missing in organizerSlugs.Except(organizers.Select(o => o.Slug)))
            {
                scope.NotFound($"No organisation has the slug \"{missing}\".", "organizers");
            }
            var targetCodes = input.Targets ?? [];
            var targets = await scope.Db.Jurisdictions.Where(j => targetCodes.Contains(j.Code)).ToListAsync(ct);
            foreach (var missing in targetCodes.Except(targets.Select(j => j.Code)))
            {
                scope.NotFound($"No jurisdiction has the code \"{missing}\".", "targets");
            }
            var letter = new Letter
            {
                Slug = slug ?? "",
                Title = scope.Text(input.Title, 500, true, "title") ?? "",
                Kind = input.Kind,
                WrittenOn = input.WrittenOn,
                Body = scope.Text(input.Body, 100_000, false, "body"),
                ReportedSignatureCount = input.ReportedSignatureCount,
                Organizers = organizers,
                Targets = targets,
                Addressees =
                [
                    .. (input.Addressees ?? []).Select((a, i) => new LetterAddressee { Role = AddresseeRole.To, Position = i + 1, Name = scope.Text(a, 1000, true, "addressees", i.ToString(System.Globalization.CultureInfo.InvariantCulture)) ?? "" }),
                    .. (input.Cc ?? []).Select((a, i) => new LetterAddressee { Role = AddresseeRole.Cc, Position = i + 1, Name = scope.Text(a, 1000, true, "cc", i.ToString(System.Globalization.CultureInfo.InvariantCulture)) ?? "" }),
                ],
                Citations = await scope.ResolveAsync(input.Sources, required: true, ct),
            };
            if (scope.Failed)
            {
                return new LetterPayload(null, []);
            }
            scope.Db.Letters.Add(letter);
            scope.Audit("Letter", () => letter.Id, null, () => letter.Adapt<LetterModel>(mapping));
            await scope.Db.SaveChangesAsync(ct);
            return new LetterPayload(letter.Adapt<LetterModel>(mapping), []);
        }, errors => new LetterPayload(null, errors), cancellationToken);

    public Task<LetterPayload> UpdateLetter(UpdateLetterInput input, CancellationToken cancellationToken) =>
        runner.RunAsync("updateLetter", input, async (scope, ct) =>
        {
            var letter = await scope.FindCurrentAsync<Letter>(input.Id, input.Version, ct);
            if (letter is null)
            {
                return new LetterPayload(null, []);
            }
            var before = letter.Adapt<LetterModel>(mapping) with { Version = input.Version };
            if (input.Title.HasValue)
            {
                letter.Title = scope.Text(input.Title.Value, 500, true, "title") ?? letter.Title;
            }
            if (input.WrittenOn.HasValue)
            {
                scope.NotInFuture(input.WrittenOn.Value, "writtenOn");
                if (input.WrittenOn.Value > letter.DeliveredOn)
                {
                    scope.Invalid($"\"writtenOn\" ({input.WrittenOn.Value:yyyy-MM-dd}) is after the letter's delivery ({letter.DeliveredOn:yyyy-MM-dd}).", "writtenOn");
                }
                letter.WrittenOn = input.WrittenOn.Value;
            }
            if (input.Body.HasValue)
            {
                letter.Body = scope.Text(input.Body.Value, 100_000, false, "body");
            }
            if (input.ReportedSignatureCount.HasValue)
            {
                if (input.ReportedSignatureCount.Value < 0)
                {
                    scope.Invalid("\"reportedSignatureCount\" must not be negative.", "reportedSignatureCount");
                }
                letter.ReportedSignatureCount = input.ReportedSignatureCount.Value;
            }
            if (input.Notes.HasValue)
            {
                letter.Notes = scope.Text(input.Notes.Value, 4000, false, "notes");
            }
            scope.Audit("Letter", () => letter.Id, before, () => letter.Adapt<LetterModel>(mapping));
            return new LetterPayload(letter.Adapt<LetterModel>(mapping), []);
        }, errors => new LetterPayload(null, errors), cancellationToken);

    public Task<LetterPayload> DeliverLetter(DeliverLetterInput input, CancellationToken cancellationToken) =>
        runner.RunAsync("deliverLetter", input, async (scope, ct) =>
        {
            var letter = await scope.FindCurrentAsync<Letter>(input.Id, input.Version, ct);
            if (letter is null)
            {
                return new LetterPayload(null, []);
            }
            scope.NotInFuture(input.DeliveredOn, "deliveredOn");
            if (letter.WrittenOn > input.DeliveredOn)
            {
                scope.Invalid($"\"deliveredOn\" ({input.DeliveredOn:yyyy-MM-dd}) is before the letter's date ({letter.WrittenOn:yyyy-MM-dd}).", "deliveredOn");
            }
            var before = letter.Adapt<LetterModel>(mapping) with { Version = input.Version };
            letter.DeliveredOn = input.DeliveredOn;
            scope.Audit("Letter", () => letter.Id, before, () => letter.Adapt<LetterModel>(mapping));
            return new LetterPayload(letter.Adapt<LetterModel>(mapping), []);
        }, errors => new LetterPayload(null, errors), cancellationToken);
}
