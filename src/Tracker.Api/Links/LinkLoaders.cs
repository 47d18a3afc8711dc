namespace Tracker.Api.Links;

/// <summary>
/// One DataLoader for every reverse link (<see cref="Links"/>): the keys linked to each owner of a batch, in one
/// statement per link and batch whatever the number of owners; the records themselves then come through their own
/// kind's by-key loader, which batches and caches them for the whole request.
/// </summary>
public sealed class LinkLoaders(ModelLoader loader, CompiledLoads compiled)
{
    /// <summary>The keys of the records linked to this owner, in the link's order.</summary>
    public Task<IReadOnlyList<int>> KeysAsync(Link link, int ownerKey) =>
        loader.ListAsync<int>("links:" + link.Name, ownerKey, async (db, owners, ct) =>
        {
            var rows = await compiled.ListAsync("links:" + link.Name, db, owners, within => link.Rows(db, within), ct);
            // GroupBy keeps the rows' order within each group: the link's order.
            return rows.GroupBy(r => r.Owner).ToDictionary(g => g.Key, g => (IReadOnlyList<int>)g.Select(r => r.Target).ToList());
        });

    /// <summary>The records linked to this owner, loaded by <paramref name="load"/> (a kind's by-key loader).</summary>
    public async Task<IReadOnlyList<TModel>> RecordsAsync<TModel>(Link link, int ownerKey, Func<int, Task<TModel?>> load)
        where TModel : class
    {
        var keys = await KeysAsync(link, ownerKey);
        var records = await Task.WhenAll(keys.Select(load));
        return records.OfType<TModel>().ToList();
    }
}
