namespace Tracker.Api.Letters;

/// <summary>Creating, updating and delivering letters.</summary>
public static class LetterWrites
{
    public static MutableKind<Letter, LetterModel, LetterPayload> Kind { get; } = new((model, errors) => new LetterPayload(model, errors));

    public static async Task<Letter?> NewAsync(MutationScope scope, CreateLetterInput input, CancellationToken ct)
    {
        var slug = await scope.NewSlugAsync(scope.Db.Letters, input.Slug, l => l.Slug, "A letter", ct);
        if (input.Kind == LetterKind.Campaign)
        {
            scope.Invalid("CAMPAIGN is deprecated: campaigns are events now, and no letter has this kind.", "kind");
        }
        scope.NotInFuture(input.WrittenOn, "writtenOn");
        if (input.ReportedSignatureCount < 0)
        {
            scope.Invalid("\"reportedSignatureCount\" must not be negative.", "reportedSignatureCount");
        }
        var organizerSlugs = input.Organizers ?? [];
        scope.Refused(organizerSlugs, "organizers");
        var organizers = await scope.Db.Organizations.Where(o => organizerSlugs.Contains(o.Slug)).ToListAsync(ct);
        foreach (var missing in organizerSlugs.Except(organizers.Select(o => o.Slug)))
        {
            scope.NotFound($"No organisation has the slug \"{missing}\".", "organizers");
        }
        var targetCodes = input.Targets ?? [];
        scope.Refused(targetCodes, "targets");
        var targets = await scope.Db.Jurisdictions.Where(j => targetCodes.Contains(j.Code)).ToListAsync(ct);
        foreach (var missing in targetCodes.Except(targets.Select(j => j.Code)))
        {
            scope.NotFound($"No jurisdiction has the code \"{missing}\".", "targets");
        }
        return new Letter
        {
            Slug = slug ?? "",
            Title = scope.Required<Letter>(input.Title, l => l.Title, "title") ?? "",
            Kind = input.Kind,
            WrittenOn = input.WrittenOn,
            WrittenOnPrecision = DayPrecision(input.WrittenOn),
            WrittenOnQualifier = ExactQualifier(input.WrittenOn),
            Body = scope.Optional(input.Body, UnboundedTextLimits.LetterBody, "body"),
            ReportedSignatureCount = input.ReportedSignatureCount,
            Organizers = organizers,
            Targets = targets,
            Addressees =
            [
                .. (input.Addressees ?? []).Select((a, i) => new LetterAddressee { Role = AddresseeRole.To, Position = i + 1, Name = scope.Required<LetterAddressee>(a, l => l.Name, "addressees", i.ToString(System.Globalization.CultureInfo.InvariantCulture)) ?? "" }),
                .. (input.Cc ?? []).Select((a, i) => new LetterAddressee { Role = AddresseeRole.Cc, Position = i + 1, Name = scope.Required<LetterAddressee>(a, l => l.Name, "cc", i.ToString(System.Globalization.CultureInfo.InvariantCulture)) ?? "" }),
            ],
            Citations = await scope.ResolveAsync(input.Sources, required: true, ct),
        };
    }

    public static Task ApplyAsync(MutationScope scope, Letter letter, UpdateLetterInput input, CancellationToken ct)
    {
        input.Title.Then(title => letter.Title = scope.Required<Letter>(title, l => l.Title, "title") ?? letter.Title);
        input.WrittenOn.Then(writtenOn =>
        {
            scope.NotInFuture(writtenOn, "writtenOn");
            if (writtenOn > letter.DeliveredOn)
            {
                scope.Invalid($"\"writtenOn\" ({writtenOn:yyyy-MM-dd}) is after the letter's delivery ({letter.DeliveredOn:yyyy-MM-dd}).", "writtenOn");
            }
            letter.WrittenOn = writtenOn;
            letter.WrittenOnPrecision = DayPrecision(writtenOn);
            letter.WrittenOnQualifier = ExactQualifier(writtenOn);
        });
        input.Body.Then(body => letter.Body = scope.Optional(body, UnboundedTextLimits.LetterBody, "body"));
        input.ReportedSignatureCount.Then(count =>
        {
            if (count < 0)
            {
                scope.Invalid("\"reportedSignatureCount\" must not be negative.", "reportedSignatureCount");
            }
            letter.ReportedSignatureCount = count;
        });
        input.Notes.Then(notes => letter.Notes = scope.Optional<Letter>(notes, l => l.Notes, "notes"));
        return Task.CompletedTask;
    }

    public static Task DeliverAsync(MutationScope scope, Letter letter, DeliverLetterInput input, CancellationToken ct)
    {
        scope.NotInFuture(input.DeliveredOn, "deliveredOn");
        if (letter.WrittenOn > input.DeliveredOn)
        {
            scope.Invalid($"\"deliveredOn\" ({input.DeliveredOn:yyyy-MM-dd}) is before the letter's date ({letter.WrittenOn:yyyy-MM-dd}).", "deliveredOn");
        }
        letter.DeliveredOn = input.DeliveredOn;
        letter.DeliveredOnPrecision = DatePrecision.Day;
        letter.DeliveredOnQualifier = DateQualifier.Exact;
        return Task.CompletedTask;
    }

    // The API takes letters' dates to the day, as printed: a date given here is exact; none, no precision either.
    private static DatePrecision? DayPrecision(DateOnly? date) => date is null ? null : DatePrecision.Day;

    private static DateQualifier? ExactQualifier(DateOnly? date) => date is null ? null : DateQualifier.Exact;
}
