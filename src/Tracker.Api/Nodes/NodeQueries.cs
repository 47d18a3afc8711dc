namespace Tracker.Api.Nodes;

/// <summary>Relay's <c>node</c> and <c>nodes</c>: any object by its global id, through the same loaders as everything else.</summary>
[GraphQLType("Query")]
public sealed class NodeQueries(JurisdictionLoaders jurisdictions, SignatoryLoaders signatories, LetterLoaders letters, EventLoaders events, CitationLoaders sources, RecordNodeLoaders records, PagingOptions paging)
{
    public Task<object?> Node(string id) => LoadAsync(id);

    public async Task<IReadOnlyList<object?>> Nodes(IReadOnlyList<string> ids)
    {
        if (ids.Count > paging.MaxPageSize)
        {
            throw UserInputError.Create($"\"ids\" may hold at most {paging.MaxPageSize} ids; it held {ids.Count}.", "ids");
        }
        return await Task.WhenAll(ids.Select(LoadAsync));
    }

    /// <summary>An id this server never handed out finds nothing, as GitHub's API answers it.</summary>
    private async Task<object?> LoadAsync(string id)
    {
        if (!GlobalId.TryDecode(id, out var type, out var key))
        {
            return null;
        }
        return type switch
        {
            TypeNames.Jurisdiction => await jurisdictions.ByKeyAsync(key),
            TypeNames.StatusEvent => await jurisdictions.StatusEventAsync(key),
            TypeNames.Legislation => await jurisdictions.LegislationAsync(key),
            TypeNames.Organization => await signatories.OrganizationAsync(key),
            TypeNames.Person => await signatories.PersonAsync(key),
            TypeNames.Letter => await letters.ByKeyAsync(key) ?? await MovedLetterAsync(key),
            TypeNames.Signature => await letters.SignatureAsync(key),
            TypeNames.Source => await sources.SourceAsync(key),
            TypeNames.Event => await events.ByKeyAsync(key),
            _ => await records.ByTypeAsync(type, key),
        };
    }

    /// <summary>A CAMPAIGN letter's id answers the event it became, so links clients kept still work.</summary>
    private async Task<object?> MovedLetterAsync(int key) =>
        await events.MovedLetterAsync(key) is > 0 and var moved ? await events.ByKeyAsync(moved) : null;
}
