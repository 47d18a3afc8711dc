namespace Tracker.Api.Csv;

/// <summary>A download of one kind of record, whatever its row type, as the endpoint mapping sees it.</summary>
internal interface IRecordCsvDownload
{
    /// <summary>The file's name under <c>/csv/</c>: <c>events.csv</c>.</summary>
    string FileName { get; }

    /// <summary>The filters it takes, with what each accepts (README lists them).</summary>
    IEnumerable<string> Parameters { get; }

    Task WriteAsync(HttpContext context, TrackerDbContext db, CancellationToken cancellationToken);
}
