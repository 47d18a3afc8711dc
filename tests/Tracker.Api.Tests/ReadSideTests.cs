using System.Text.Json.Nodes;

namespace Tracker.Api.Tests;

/// <summary>
/// What the record holds can be read back (issue 11): an event's letters and legislation, which createEvent and
/// updateEvent write, and a person's body and post-nominal letters, which the seed data writes. Expected values are
/// read off the seed files.
/// </summary>
public sealed class ReadSideTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    private const string Links = "event { id version letters { slug } legislation { slug } }";

    [Fact]
    public async Task An_events_letters_and_legislation_read_back_as_written_letters_oldest_first_legislation_by_title()
    {
        var input = new JsonObject
        {
            ["slug"] = "read-side-hearing-2011",
            ["kind"] = "HEARING",
            ["title"] = "Hearing on the data practices bill",
            ["description"] = "A hearing of the Senate's judiciary committee.",
            // Printed order differs from both read orders, so a list read back as written would fail.
            ["letters"] = new JsonArray("restoring-community-report", "morton-2011-07-20", "mirac-dayton-2011-05-20"),
            ["legislation"] = new JsonArray("mn-sf-958", "mn-sf-1143"),
            ["sources"] = new JsonArray(new JsonObject { ["source"] = "mirac-blog", ["quote"] = "hearing" }),
        };

        var created = (await api.MutateAsync("createEvent", Links, input))["event"]!;
        var read = await ReadAsync("read-side-hearing-2011");
        var updated = (await api.MutateAsync("updateEvent", Links, new { id = (string)created["id"]!, version = 1, letters = Array.Empty<string>(), legislation = new[] { "ca-ab-1081" } }))["event"]!;
        var reread = await ReadAsync("read-side-hearing-2011");

        Assert.Equal(["mirac-dayton-2011-05-20", "morton-2011-07-20", "restoring-community-report"], Slugs(created["letters"]));
        Assert.Equal(["mn-sf-1143", "mn-sf-958"], Slugs(created["legislation"]));
        Assert.Equal(Slugs(created["letters"]), Slugs(read["letters"]));
        Assert.Equal(Slugs(created["legislation"]), Slugs(read["legislation"]));
        Assert.Empty(updated["letters"]!.AsArray());
        Assert.Equal(["ca-ab-1081"], Slugs(updated["legislation"]));
        Assert.Empty(reread["letters"]!.AsArray());
        Assert.Equal(["ca-ab-1081"], Slugs(reread["legislation"]));
    }

    [Fact]
    public async Task The_seeded_events_show_their_letters_and_legislation_and_each_letter_the_event_back()
    {
        var response = await api.SendAsync(null, """
            { restoring: event(slug: "national-day-of-action-restoring-community") { letters { slug events { slug } } legislation { slug title } }
              hearings: event(slug: "massachusetts-hearings") { letters { slug } legislation { slug } }
              callIn: event(slug: "call-in-day-2011-06-03") { letters { slug } legislation { slug jurisdiction { code } } }
              clinic: event(slug: "legal-clinic-2011-08-27") { letters { slug } legislation { slug } } }
            """);

        Assert.True(response["errors"] is null, response.ToJsonString());
        var data = response["data"]!;
        Assert.Equal(["restoring-community-report"], Slugs(data["restoring"]!["letters"]));
        Assert.Equal(["national-day-of-action-restoring-community"], Slugs(data["restoring"]!["letters"]![0]!["events"]));
        Assert.Equal(["us-ice-terminates-agreements"], Slugs(data["restoring"]!["legislation"]));
        Assert.Equal(["massachusetts-sign-on-letters"], Slugs(data["hearings"]!["letters"]));
        Assert.Equal(["ma-patrick-no-agreement"], Slugs(data["hearings"]!["legislation"]));
        Assert.Empty(data["callIn"]!["letters"]!.AsArray());
        Assert.Equal("MN", (string)data["callIn"]!["legislation"]![0]!["jurisdiction"]!["code"]!);
        Assert.Equal(["mn-sf-958"], Slugs(data["callIn"]!["legislation"]));
        Assert.Empty(data["clinic"]!["letters"]!.AsArray());
        Assert.Empty(data["clinic"]!["legislation"]!.AsArray());
    }

    [Fact]
    public async Task A_person_shows_the_body_they_are_an_official_of_and_their_post_nominal_letters()
    {
        var response = await api.SendAsync(null, """
            { morton: person(slug: "john-t-morton") { body { slug acronym people { slug } } postNominals }
              ortman: person(slug: "julianne-ortman") { body { slug parent { slug } } }
              santiago: person(slug: "jose-m-santiago") { body { slug } postNominals }
              burbank: person(slug: "chris-burbank") { body { slug } postNominals organization { slug } } }
            """);

        Assert.True(response["errors"] is null, response.ToJsonString());
        var data = response["data"]!;
        Assert.Equal("us-ice", (string)data["morton"]!["body"]!["slug"]!);
        Assert.Equal(["john-t-morton"], Slugs(data["morton"]!["body"]!["people"]));
        Assert.Null(data["morton"]!["postNominals"]);
        Assert.Equal(("mn-senate", "mn-legislature"), ((string)data["ortman"]!["body"]!["slug"]!, (string)data["ortman"]!["body"]!["parent"]!["slug"]!));
        Assert.Null(data["santiago"]!["body"]);
        Assert.Equal("O.P., MSW, D. Min.", (string)data["santiago"]!["postNominals"]!);
        Assert.Null(data["burbank"]!["body"]);
        Assert.Equal("salt-lake-city-police-department", (string)data["burbank"]!["organization"]!["slug"]!);
    }

    private async Task<JsonNode> ReadAsync(string slug)
    {
        var response = await api.SendAsync(null, "query ($slug: String!) { event(slug: $slug) { letters { slug } legislation { slug } } }", new { slug });
        Assert.True(response["errors"] is null, response.ToJsonString());
        return response["data"]!["event"]!;
    }

    private static List<string> Slugs(JsonNode? list) => list!.AsArray().Select(n => (string)n!["slug"]!).ToList();
}
