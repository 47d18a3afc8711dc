using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Tracker.Api.Csv;

/// <summary>
/// CSV downloads for journalists (RFC 4180, UTF-8, header row), streamed from the database:
/// <c>GET /csv/jurisdictions.csv</c> (every jurisdiction with its current status and last change) and
/// <c>GET /csv/letters/{slug}/signatories.csv</c> (a letter's signatories in printed order); the other kinds of
/// record are declared in <see cref="RecordCsvDownloads"/>.
/// </summary>
public static class CsvExports
{
    public static void MapCsvExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/csv/jurisdictions.csv", WriteJurisdictionsAsync);
        endpoints.MapGet("/csv/letters/{slug}/signatories.csv", WriteSignatoriesAsync);
        endpoints.MapRecordCsvDownloads();
    }

    private sealed record JurisdictionRow(
        string Code, string Kind, string Name, string? PostalCode, string? Fips, string? Parent, string Status,
        DateOnly? StatusSince, string? DateQualifier, string? Actor, string? LastChange);

    private sealed record SignatoryRow(
        int Position, string PrintedName, string SignatoryKind, string Name, string? Acronym, string? OrganizationKind, string? Title,
        string? City, string? State, DateOnly? SignedOn, DateOnly? WithdrawnOn);

    private static async Task WriteJurisdictionsAsync(HttpContext context, IDbContextFactory<TrackerDbContext> factory, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await RefusedParametersAsync(context, db, cancellationToken))
        {
            return;
        }
        var rows = db.Jurisdictions.AsNoTracking().OrderBy(j => j.Code)
            .Select(j => new
            {
                j.Code, j.Kind, j.Name, j.PostalCode, j.Fips, Parent = j.Parent == null ? null : j.Parent.Code, j.CurrentStatus,
                Event = db.StatusEvents.Where(e => e.Id == j.CurrentStatusEventId).Select(e => new { e.EffectiveOn, e.DateQualifier, e.Actor, e.Description }).FirstOrDefault(),
            })
            .AsAsyncEnumerable()
            .Select(j => new JurisdictionRow(
                j.Code, Names.Screaming(j.Kind), j.Name, j.PostalCode, j.Fips, j.Parent, Names.Screaming(j.CurrentStatus),
                j.Event?.EffectiveOn, j.Event is null ? null : Names.Screaming(j.Event.DateQualifier), j.Event?.Actor, j.Event?.Description));
        await WriteAsync(context, "jurisdictions.csv", rows, cancellationToken);
    }

    private static async Task WriteSignatoriesAsync(string slug, HttpContext context, IDbContextFactory<TrackerDbContext> factory, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await RefusedParametersAsync(context, db, cancellationToken))
        {
            return;
        }
        if (!await db.Letters.AnyAsync(l => l.Slug == slug, cancellationToken))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"No letter has the slug \"{TerminalText.Escape(slug)}\".", cancellationToken);
            return;
        }
        var rows = db.Signatures.AsNoTracking().Where(s => s.Letter.Slug == slug).OrderBy(s => s.Position)
            .Select(s => new
            {
                s.Position, s.PrintedName, s.SignedOn, s.WithdrawnOn,
                Organization = s.Organization == null ? null : new { s.Organization.Name, s.Organization.Acronym, s.Organization.Kind, s.Organization.City, s.Organization.State },
                Person = s.Person == null ? null : new { s.Person.Name, s.Person.Title, s.Person.City, s.Person.State },
            })
            .AsAsyncEnumerable()
            .Select(s => new SignatoryRow(
                s.Position, s.PrintedName, s.Organization is null ? "PERSON" : "ORGANIZATION", s.Organization?.Name ?? s.Person!.Name,
                s.Organization?.Acronym, s.Organization is null ? null : Names.Screaming(s.Organization.Kind), s.Person?.Title,
                s.Organization?.City ?? s.Person?.City, s.Organization?.State ?? s.Person?.State, s.SignedOn, s.WithdrawnOn));
        await WriteAsync(context, $"{slug}-signatories.csv", rows, cancellationToken);
    }

    /// <summary>
    /// These two downloads take no filter: a parameter (<c>?state=ZZ</c>) is answered 400 as the other downloads
    /// answer one they do not take, rather than a whole file that looks filtered.
    /// </summary>
    private static async Task<bool> RefusedParametersAsync(HttpContext context, TrackerDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await NoParameters.ApplyAsync(db.Jurisdictions, context.Request.Query, db, cancellationToken);
            return false;
        }
        catch (CsvParameterException problem)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(problem.Message, cancellationToken);
            return true;
        }
    }

    private static readonly CsvParameters<Jurisdiction> NoParameters = new();

    /// <summary>
    /// How every CSV the server writes is written. Names, printed names and descriptions come from maintainers and
    /// imported files; a cell starting with "=", "+", "-", "@", a tab or a carriage return would run as a formula
    /// when a journalist opens the file in a spreadsheet (CSV injection). OWASP's rule: such a cell is prefixed with
    /// a single quote, which spreadsheets show as text and do not evaluate; the rest of the value is unchanged.
    /// </summary>
    internal static CsvConfiguration DownloadConfiguration() => new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
        InjectionCharacters = ['=', '+', '-', '@', '\t', '\r'],
        InjectionEscapeCharacter = '\'',
    };

    internal static async Task WriteAsync<T>(HttpContext context, string fileName, IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await using var writer = new StreamWriter(context.Response.Body, new System.Text.UTF8Encoding(false));
        await using var csv = new CsvWriter(writer, DownloadConfiguration());
        csv.Context.TypeConverterOptionsCache.GetOptions<DateOnly?>().Formats = ["yyyy-MM-dd"];
        csv.Context.TypeConverterOptionsCache.GetOptions<DateOnly>().Formats = ["yyyy-MM-dd"];
        await csv.WriteRecordsAsync(rows, cancellationToken);
    }
}
