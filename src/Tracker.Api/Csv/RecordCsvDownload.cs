using System.Linq.Expressions;

namespace Tracker.Api.Csv;

/// <summary>
/// The download of one kind of record, declared as data: the file name, the filters it takes, the order of its
/// rows and the row each record becomes (a projection EF Core runs in SQL, only the columns it reads; enum names
/// and joined lists are finished as each row streams out). Written like the other downloads
/// (<see cref="CsvExports.WriteAsync"/>): streamed, never held in memory, with formula cells neutralised.
/// </summary>
internal sealed record RecordCsvDownload<TEntity, TRow>(
    string FileName,
    Func<TrackerDbContext, IQueryable<TEntity>> Source,
    CsvParameters<TEntity> Filters,
    Func<IQueryable<TEntity>, IOrderedQueryable<TEntity>> Order,
    Expression<Func<TEntity, TRow>> Row) : IRecordCsvDownload
    where TEntity : class
{
    public IEnumerable<string> Parameters => Filters.Described;

    public async Task WriteAsync(HttpContext context, TrackerDbContext db, CancellationToken cancellationToken)
    {
        IQueryable<TEntity> selected;
        try
        {
            selected = await Filters.ApplyAsync(Source(db).AsNoTracking(), context.Request.Query, db, cancellationToken);
        }
        catch (CsvParameterException problem)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(problem.Message, cancellationToken);
            return;
        }
        // One query, so the rows stream on PostgreSQL too (split queries are buffered without MARS); a row's short
        // lists (its sources) arrive joined to it, in order, and EF Core folds them back into the row as it reads.
        var rows = Order(selected).Select(Row).AsAsyncEnumerable();
        await CsvExports.WriteAsync(context, FileName, rows, cancellationToken);
    }
}
