namespace Tracker.Api.Jurisdictions;

/// <summary>Recording legislation and its later stages.</summary>
public static class LegislationWrites
{
    public static MutableKind<Legislation, LegislationModel, LegislationPayload> Kind { get; } = new(
        (model, errors) => new LegislationPayload(model, errors),
        Load: (scope, legislation, ct) => scope.Db.Entry(legislation).Collection(l => l.Stages).LoadAsync(ct));

    public static async Task<Legislation?> NewAsync(MutationScope scope, RecordLegislationInput input, CancellationToken ct)
    {
        var slug = await scope.NewSlugAsync(scope.Db.Legislation, input.Slug, l => l.Slug, TypeNames.Legislation, ct);
        var jurisdiction = await scope.ReferencedAsync(scope.Db.Jurisdictions, input.Jurisdiction, j => j.Code, "jurisdiction", "jurisdiction", ct);
        var stages = new List<LegislationStage>();
        for (var i = 0; i < input.Stages.Count; i++)
        {
            var index = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            scope.NotInFuture(input.Stages[i].Date, "stages", index, "date");
            stages.Add(Stage(scope, input.Stages[i], "stages", index));
        }
        return new Legislation
        {
            Slug = slug!,
            Jurisdiction = jurisdiction!,
            Identifier = scope.Optional<Legislation>(input.Identifier, l => l.Identifier, "identifier"),
            Title = scope.Required<Legislation>(input.Title, l => l.Title, "title")!,
            Kind = input.Kind,
            Stance = input.Stance,
            Summary = scope.Optional<Legislation>(input.Summary, l => l.Summary, "summary"),
            Stages = stages,
            Citations = await scope.ResolveAsync(input.Sources, required: true, ct),
        };
    }

    public static async Task AddStageAsync(MutationScope scope, Legislation legislation, AddLegislationStageInput input, CancellationToken ct)
    {
        scope.NotInFuture(input.Stage.Date, "stage", "date");
        var stage = Stage(scope, input.Stage, "stage");
        stage.Citations = await scope.ResolveAsync(input.Sources, required: true, ct);
        legislation.Stages.Add(stage);
    }

    private static LegislationStage Stage(MutationScope scope, LegislationStageInput stage, params string[] field) => new()
    {
        Stage = stage.Stage, Date = StatusEventDates.PeriodStart(stage.Date, stage.DatePrecision), DatePrecision = stage.DatePrecision, DateQualifier = stage.DateQualifier,
        Description = scope.Optional<LegislationStage>(stage.Description, s => s.Description, [.. field, "description"]),
    };
}
