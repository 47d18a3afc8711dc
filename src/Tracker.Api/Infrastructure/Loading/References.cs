namespace Tracker.Api.Infrastructure.Loading;

/// <summary>Following a model's references to other records through their kind's (batched) loader.</summary>
public static class References
{
    /// <summary>The record a nullable reference names; null, with nothing loaded, when it names none.</summary>
    public static Task<TModel?> LoadAsync<TModel>(int? key, Func<int, Task<TModel?>> load)
        where TModel : class =>
        key is { } value ? load(value) : Task.FromResult<TModel?>(null);

    /// <summary>The records a list of keys names, in its order; a key whose record is gone is passed over.</summary>
    public static async Task<IReadOnlyList<TModel>> LoadAllAsync<TModel>(Task<IReadOnlyList<int>> keys, Func<int, Task<TModel?>> load)
        where TModel : class
    {
        var models = await Task.WhenAll((await keys).Select(load));
        return models.OfType<TModel>().ToList();
    }
}
