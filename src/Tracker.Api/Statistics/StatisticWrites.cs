namespace Tracker.Api.Statistics;

/// <summary>Recording and updating the figures documents state.</summary>
public static class StatisticWrites
{
    public static WritableKind<Statistic, StatisticModel, StatisticFields, StatisticPayload> Kind { get; } = new(
        StatisticQueryMaps.Records, "A statistic", SourcesRequired: true,
        (slug, citations) => new Statistic { Slug = slug, ValueText = "", Counts = "", Passage = "", Citations = citations },
        ApplyAsync, (model, errors) => new StatisticPayload(model, errors));

    private static async Task ApplyAsync(MutationScope scope, Statistic record, StatisticFields input, CancellationToken ct)
    {
        input.Value.Then(value => record.Value = value);
        input.Low.Then(low => record.Low = low);
        input.High.Then(high => record.High = high);
        input.Approximate.Then(approximate => record.Approximate = approximate ?? false);
        input.Unit.Then(unit => record.Unit = scope.NotCleared(unit, record.Unit, "unit"));
        input.ValueText.Then(text => record.ValueText = scope.Required<Statistic>(text, s => s.ValueText, "valueText") ?? record.ValueText);
        input.Counts.Then(counts => record.Counts = scope.Required<Statistic>(counts, s => s.Counts, "counts") ?? record.Counts);
        input.Passage.Then(passage => record.Passage = scope.Required<Statistic>(passage, s => s.Passage, "passage") ?? record.Passage);
        input.Basis.Then(basis => record.Basis = scope.Optional<Statistic>(basis, s => s.Basis, "basis"));
        input.AttributedToName.Then(name => record.AttributedToName = scope.Optional<Statistic>(name, s => s.AttributedToName, "attributedToName"));
        input.Notes.Then(notes => record.Notes = scope.Optional<Statistic>(notes, s => s.Notes, "notes"));
        // A period bound is a day and its precision: no qualifier, no range.
        input.PeriodFrom.Then(date =>
        {
            var from = scope.Dated(date, DateParts.DayAndPrecision, "periodFrom");
            (record.PeriodFrom, record.PeriodFromPrecision) = (from?.On, from?.Precision);
        });
        input.PeriodTo.Then(date =>
        {
            var to = scope.Dated(date, DateParts.DayAndPrecision, "periodTo");
            (record.PeriodTo, record.PeriodToPrecision) = (to?.On, to?.Precision);
        });
        await scope.LinkAsync(input.Jurisdiction, scope.Db.Jurisdictions, j => j.Code, "jurisdiction", "jurisdiction", id => record.JurisdictionId = id, ct);
        await scope.LinkAsync(input.Statement, scope.Db.Statements, s => s.Slug, "statement", "statement", id => record.StatementId = id, ct);
        await scope.LinkAsync(input.Letter, scope.Db.Letters, l => l.Slug, "letter", "letter", id => record.LetterId = id, ct);
        await scope.LinkActorsAsync(input.AttributedTo, record, record.Actors, ActorRole.AttributedTo, "attributedTo", ct);
        CheckFigure(scope, record);
    }

    /// <summary>The figure and its period, checked together as they will stand (an update may change any one part).</summary>
    private static void CheckFigure(MutationScope scope, Statistic record)
    {
        if (record.Value is not null && (record.Low ?? record.High) is not null)
        {
            scope.Invalid("Give \"value\" or a bound (\"low\", \"high\"), not both: a printed figure is exact or bounded.", "value");
        }
        else if ((record.Value ?? record.Low ?? record.High) is null)
        {
            scope.Invalid("Give \"value\", or \"low\" for \"over ...\" or \"high\" for \"less than ...\".", "value");
        }
        if (record.Low >= record.High)
        {
            scope.Invalid($"\"low\" ({record.Low}) must be below \"high\" ({record.High}).", "low");
        }
        var outside = false;
        foreach (var (number, field) in new[] { (record.Value, "value"), (record.Low, "low"), (record.High, "high") })
        {
            if (number < 0 || (record.Unit == StatisticUnit.Percent && number > 100))
            {
                scope.Invalid($"\"{field}\" ({number}) is outside what a {(record.Unit == StatisticUnit.Percent ? "share (0 to 100)" : "count (0 or more)")} can be.", field);
                outside = true;
            }
        }
        // A bound alone says the figure lies beyond it: "over 100%" or "less than 0" leaves nothing it could be.
        if (!outside && record.Low is { } low && record.High is null && record.Unit == StatisticUnit.Percent && low >= 100)
        {
            scope.Invalid($"\"low\" ({low}) alone says \"over {low}%\", and a share is at most 100; give \"value\" for 100% or a lower bound.", "low");
        }
        if (!outside && record.High is { } high && record.Low is null && high <= 0)
        {
            scope.Invalid($"\"high\" ({high}) alone says \"less than {high}\", and nothing counted is below 0; give \"value\" for 0 or a higher bound.", "high");
        }
        if (record.PeriodFrom is { } from && record.PeriodTo is { } to
            && StatusEventDates.PeriodStart(to, record.PeriodToPrecision ?? DatePrecision.Day) < StatusEventDates.PeriodStart(from, record.PeriodFromPrecision ?? DatePrecision.Day))
        {
            scope.Invalid($"\"periodTo\" ({to:yyyy-MM-dd}) is before \"periodFrom\" ({from:yyyy-MM-dd}).", "periodTo");
        }
    }
}
