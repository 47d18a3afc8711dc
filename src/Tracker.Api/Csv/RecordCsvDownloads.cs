namespace Tracker.Api.Csv;

/// <summary>
/// The downloads of the record's kinds beside letters and jurisdictions (<c>GET /csv/events.csv</c>,
/// <c>statistics.csv</c>, <c>statements.csv</c>, <c>deportation-cases.csv</c>, <c>bodies.csv</c>): one declaration
/// each, what a spreadsheet user needs of it, with the filters the API and the dashboard offer for that kind
/// (README's CSV section lists them). Dated records come oldest first (undated last), named ones by name.
/// </summary>
internal static class RecordCsvDownloads
{
    public static IReadOnlyList<IRecordCsvDownload> All { get; } =
    [
        new RecordCsvDownload<Event, EventCsvRow>(
            "events.csv",
            db => db.Events,
            new CsvParameters<Event>().OneOf("kind", e => e.Kind).State("state", e => e.Jurisdiction).Period(e => e.StartsOn).Day("asOf", EventDates.StartedBy),
            CsvOrder.OldestFirst<Event>(e => e.StartsOn),
            e => new EventCsvRow(
                e.Slug, Names.Screaming(e.Kind), e.Title, e.StartsOn, Names.ScreamingOrNull(e.DatePrecision), Names.ScreamingOrNull(e.DateQualifier),
                e.EarliestOn, e.LatestOn, e.StartTime == null ? null : e.StartTime.Value.ToString("HH:mm"), e.EndsOn,
                e.EndTime == null ? null : e.EndTime.Value.ToString("HH:mm"), e.TimeZone, e.PlaceName, e.Address,
                e.Jurisdiction == null ? null : e.Jurisdiction.Code, e.Jurisdiction == null ? null : e.Jurisdiction.Parent == null ? e.Jurisdiction.Code : e.Jurisdiction.Parent.Code,
                e.AnnouncedOn, e.Description, e.Notes, Names.Joined(e.Citations.OrderBy(c => c.Id).Select(c => c.Source.Slug)))),

        new RecordCsvDownload<Statistic, StatisticCsvRow>(
            "statistics.csv",
            db => db.Statistics,
            new CsvParameters<Statistic>().OneOf("unit", s => s.Unit).State("state", s => s.Jurisdiction).Period(s => s.PeriodFrom),
            CsvOrder.OldestFirst<Statistic>(s => s.PeriodFrom),
            s => new StatisticCsvRow(
                s.Slug, s.ValueText, s.Value, s.Low, s.High, s.Approximate, Names.Screaming(s.Unit), s.Counts, s.Jurisdiction == null ? null : s.Jurisdiction.Code,
                s.PeriodFrom, Names.ScreamingOrNull(s.PeriodFromPrecision), s.PeriodTo, Names.ScreamingOrNull(s.PeriodToPrecision), s.Basis, s.AttributedToName,
                s.Statement == null ? null : s.Statement.Slug, s.Letter == null ? null : s.Letter.Slug, s.Passage, s.Notes,
                Names.Joined(s.Citations.OrderBy(c => c.Id).Select(c => c.Source.Slug)))),

        new RecordCsvDownload<Statement, StatementCsvRow>(
            "statements.csv",
            db => db.Statements,
            new CsvParameters<Statement>()
                .OneOf("kind", s => s.Kind)
                .Code("state", code => s => s.Jurisdictions.Any(j => j.Code == code || (j.Parent != null && j.Parent.Code == code)))
                .Period(s => s.Date),
            CsvOrder.OldestFirst<Statement>(s => s.Date),
            s => new StatementCsvRow(
                s.Slug, Names.Screaming(s.Kind), Names.ScreamingOrNull(s.Action), s.SpeakerName,
                Names.Joined(s.Actors.Where(a => a.Role == ActorRole.Speaker).OrderBy(a => a.Position)
                    .Select(a => a.Person != null ? a.Person.Name : a.Organization != null ? a.Organization.Name : a.Body!.Name)),
                s.Date, Names.ScreamingOrNull(s.DatePrecision), Names.ScreamingOrNull(s.DateQualifier), s.EarliestOn, s.LatestOn, s.Language, s.Text,
                Names.Joined(s.Jurisdictions.OrderBy(j => j.Code).Select(j => j.Code)), s.Letter == null ? null : s.Letter.Slug, s.Event == null ? null : s.Event.Slug,
                s.Notes, Names.Joined(s.Citations.OrderBy(c => c.Id).Select(c => c.Source.Slug)))),

        new RecordCsvDownload<DeportationCase, DeportationCaseCsvRow>(
            "deportation-cases.csv",
            db => db.DeportationCases,
            new CsvParameters<DeportationCase>().State("state", c => c.Jurisdiction).Slug("petition", "petition", db => db.Letters.Where(l => l.Kind == LetterKind.Petition), l => l.Slug, slug => c => c.Petitions.Any(l => l.Slug == slug)),
            CsvOrder.ByName<DeportationCase>(c => c.NormalizedName),
            c => new DeportationCaseCsvRow(
                c.Slug, c.Name, c.Community, c.Jurisdiction == null ? null : c.Jurisdiction.Code, c.Situation, c.ReportedOn,
                Names.ScreamingOrNull(c.ReportedOnPrecision), Names.ScreamingOrNull(c.ReportedOnQualifier),
                Names.Joined(c.Petitions.OrderBy(l => l.Slug).Select(l => l.Slug)), c.Notes, Names.Joined(c.Citations.OrderBy(x => x.Id).Select(x => x.Source.Slug)))),

        new RecordCsvDownload<Body, BodyCsvRow>(
            "bodies.csv",
            db => db.Bodies,
            new CsvParameters<Body>().OneOf("kind", b => b.Kind).State("state", b => b.Jurisdiction),
            CsvOrder.ByName<Body>(b => b.NormalizedName),
            b => new BodyCsvRow(
                b.Slug, b.Name, b.Acronym, Names.Screaming(b.Kind), b.Jurisdiction.Code, b.Parent == null ? null : b.Parent.Slug, b.Address,
                Names.Joined(b.Aliases.OrderBy(a => a.Id).Select(a => a.Name)), b.Notes, Names.Joined(b.Citations.OrderBy(c => c.Id).Select(c => c.Source.Slug)))),
    ];

    public static void MapRecordCsvDownloads(this IEndpointRouteBuilder endpoints)
    {
        foreach (var download in All)
        {
            endpoints.MapGet($"/csv/{download.FileName}", async (HttpContext context, IDbContextFactory<TrackerDbContext> factory, CancellationToken cancellationToken) =>
            {
                await using var db = await factory.CreateDbContextAsync(cancellationToken);
                await download.WriteAsync(context, db, cancellationToken);
            });
        }
    }
}
