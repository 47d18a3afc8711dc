using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using static Tracker.GraphQL.Server.Tests.HttpTransportTests;

namespace Tracker.GraphQL.Server.Tests;

public sealed class DataLoaderTests
{
    [Fact]
    public async Task Sibling_list_items_load_their_authors_in_one_batch()
    {
        await using var app = await TestApp.StartAsync();
        var shop = app.Services.GetRequiredService<Bookshop>();

        var response = await app.Client.SendAsync(Post(Json(new { query = "{ books(first: 40) { id author { name } } }" })));
        var books = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("books");

        Assert.Equal(40, books.GetArrayLength());
        Assert.Equal("Author of 7", books[6].GetProperty("author").GetProperty("name").GetString());
        Assert.Equal(1, shop.AuthorBatches);
    }

    [Fact]
    public async Task Each_request_has_its_own_loader_cache()
    {
        await using var app = await TestApp.StartAsync();
        var shop = app.Services.GetRequiredService<Bookshop>();

        await app.Client.SendAsync(Post(Json(new { query = "{ books(first: 3) { author { name } } }" })));
        await app.Client.SendAsync(Post(Json(new { query = "{ books(first: 3) { author { name } } }" })));

        Assert.Equal(2, shop.AuthorBatches);
    }
}
