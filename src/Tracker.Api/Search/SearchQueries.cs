using Tracker.Data.Search;

namespace Tracker.Api.Search;

/// <summary>
/// <c>search(text:)</c>: the database's full-text index (FTS5 on SQLite, tsvector on PostgreSQL) ranks the
/// matches; the records themselves come through the usual loaders, so a page of results costs one statement
/// per kind found.
/// </summary>
[GraphQLType("Query")]
public sealed class SearchQueries(ISearchIndex index, RequestDatabase database, JurisdictionLoaders jurisdictions, SignatoryLoaders signatories, LetterLoaders letters, EventLoaders events, RecordNodeLoaders records, PagingOptions paging, LoadMemo memo)
{
    public async Task<IReadOnlyList<object>> Search(string text, int? first, CancellationToken cancellationToken)
    {
        // An explicit null means "no preference", as for connections: the default page.
        var size = first ?? paging.DefaultPageSize;
        if (size < 0 || size > paging.MaxPageSize)
        {
            throw UserInputError.Create($"\"first\" must be between 0 and {paging.MaxPageSize}; it was {size}.", "first");
        }
        if (string.IsNullOrWhiteSpace(text) || size == 0)
        {
            return [];
        }
        // The hits are a function of the data, the text, the number asked and the kinds: kept under those until the
        // data changes (LoadMemo), as pages are.
        var hits = await memo.StatementAsync($"search {size} {text.Length}:{text}", async ct =>
        {
            // Released before the records load: their DataLoaders take turns on the same context.
            await using var lease = await database.RentAsync(ct);
            return (await index.SearchAsync(lease.Db, text, size, ct, Served)).ToList();
        }, cancellationToken);
        var results = await Task.WhenAll(hits.Select(hit => LoadAsync(hit)));
        return results.OfType<object>().ToList();
    }

    /// <summary>The kinds the API shows: every kind indexed.</summary>
    private static readonly SearchKind[] Served = Enum.GetValues<SearchKind>();

    private async Task<object?> LoadAsync(SearchHit hit) => hit.Kind switch
    {
        SearchKind.Organization => await signatories.OrganizationAsync(hit.EntityId),
        SearchKind.Person => await signatories.PersonAsync(hit.EntityId),
        SearchKind.Letter => await letters.ByKeyAsync(hit.EntityId),
        SearchKind.Jurisdiction => await jurisdictions.ByKeyAsync(hit.EntityId),
        SearchKind.Event => await events.ByKeyAsync(hit.EntityId),
        _ => await records.ByTypeAsync(hit.Kind.ToString(), hit.EntityId),
    };
}
