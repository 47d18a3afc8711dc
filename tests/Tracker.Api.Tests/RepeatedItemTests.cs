using System.Text.Json.Nodes;

namespace Tracker.Api.Tests;

/// <summary>
/// A list input names each record once (README, "The record's kinds"): a repeated id, code or slug is refused on the
/// repeated item's path, on create and on update, old kinds and new, and a source cited twice with the same quote
/// is refused as attachSource refuses it; nothing is saved.
/// </summary>
public sealed class RepeatedItemTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    private static JsonObject NewEvent(string slug) => new()
    {
        ["slug"] = slug, ["kind"] = "MEETING", ["title"] = "Campaign meeting", ["description"] = "A meeting.",
        ["sources"] = new JsonArray(new JsonObject { ["source"] = "mirac-blog" }),
    };

    private static List<(string Field, string Code)> Errors(JsonArray errors) => errors.Select(e => (RecordInputs.Field(e!), (string)e!["code"]!)).ToList();

    [Fact]
    public async Task A_repeated_actor_code_or_slug_is_refused_on_its_own_path_when_created()
    {
        var ids = await api.ActorIdsAsync();
        var input = NewEvent("repeated-items");
        input["organizers"] = new JsonArray(ids.Person, ids.Organization, ids.Person);
        input["targets"] = new JsonArray("MN", "WI", "MN");
        input["letters"] = new JsonArray("morton-2011-07-20", "morton-2011-07-20");

        var errors = await api.RefusedAsync("createEvent", "__typename", input);

        Assert.Equal([("input.letters.1", "INVALID_INPUT"), ("input.organizers.2", "INVALID_INPUT"), ("input.targets.2", "INVALID_INPUT")], Errors(errors).Order());
        Assert.Contains(errors, e => (string)e!["message"]! == "\"MN\" is given twice in \"targets\" (items 0 and 2); give each once.");
        Assert.Contains(errors, e => (string)e!["message"]! == $"\"{ids.Person}\" is given twice in \"organizers\" (items 0 and 2); give each once.");
    }

    [Fact]
    public async Task A_repeated_actor_is_refused_on_update_and_nothing_changes()
    {
        var ids = await api.ActorIdsAsync();
        var created = await api.MutateAsync("createEvent", "event { id }", NewEvent("repeated-on-update"));
        var id = (string)created["event"]!["id"]!;

        var errors = await api.RefusedAsync("updateEvent", "__typename", new JsonObject { ["id"] = id, ["version"] = 1, ["sponsors"] = new JsonArray(ids.Body, ids.Body) });
        var version = (int)(await api.SendAsync(null, "query ($id: ID!) { node(id: $id) { ... on Event { version } } }", new { id }))["data"]!["node"]!["version"]!;

        Assert.Equal([("input.sponsors.1", "INVALID_INPUT")], Errors(errors));
        Assert.Equal(1, version);
    }

    [Fact]
    public async Task A_repeated_petition_and_a_source_cited_twice_with_one_quote_are_refused()
    {
        var errors = await api.RefusedAsync("createDeportationCase", "__typename", new
        {
            slug = "repeated-case", name = "Sothy Kum",
            petitions = new[] { "cambodian-deportation-petitions-2016", "cambodian-deportation-petitions-2016" },
            sources = new[] { new { source = "mirac-blog", quote = "Kum" }, new { source = "mirac-blog", quote = "Kum " } },
        });

        Assert.Equal([("input.petitions.1", "INVALID_INPUT"), ("input.sources.1", "INVALID_INPUT")], Errors(errors).Order());
    }

    [Fact]
    public async Task A_source_cited_twice_with_two_passages_is_kept()
    {
        var created = await api.MutateAsync("createDeportationCase", "deportationCase { citations { quote } }", new
        {
            slug = "two-passages-case", name = "Sothy Kum",
            sources = new[] { new { source = "mirac-blog", quote = "one passage" }, new { source = "mirac-blog", quote = "another" } },
        });

        Assert.Equal(2, created["deportationCase"]!["citations"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_old_kinds_refuse_a_repeat_too()
    {
        var errors = await api.RefusedAsync("createLetter", "__typename", new
        {
            slug = "repeated-letter", title = "A letter", kind = "SIGN_ON_LETTER", organizers = new[] { "mirac", "mirac" }, targets = new[] { "MN", "MN" },
            sources = new[] { new { source = "mirac-blog" } },
        });

        Assert.Equal([("input.organizers.1", "INVALID_INPUT"), ("input.targets.1", "INVALID_INPUT")], Errors(errors).Order());
    }
}
