using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tracker.Data.Entities;

namespace Tracker.Api.Tests;

/// <summary>createEvent and updateEvent: every field, each validation rule by its path, versions, audit, search, node and eventChanged.</summary>
public sealed class EventMutationTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    private const string Selection = "event { id version slug kind title startsOn datePrecision dateQualifier earliestOn latestOn startTime endsOn endTime timeZone placeName jurisdiction { code } targets { code } announcedOn notes citations { quote source { slug } } }";

    /// <summary>A valid new event; <paramref name="slug"/> keeps tests apart.</summary>
    private static JsonObject NewEvent(string slug) => new()
    {
        ["slug"] = slug,
        ["kind"] = "LEGAL_CLINIC",
        ["title"] = "Know-your-rights clinic",
        ["description"] = "A free clinic with volunteer lawyers at the Zumbrota library.",
        ["startsOn"] = new JsonObject { ["on"] = "2011-08-01", ["precision"] = "MONTH", ["qualifier"] = "ON_OR_BEFORE", ["earliestOn"] = "2011-08-10", ["latestOn"] = "2011-08-27" },
        ["startTime"] = "10:00",
        ["endTime"] = "14:30",
        ["timeZone"] = "America/Chicago",
        ["placeName"] = "Walker Church",
        ["address"] = "3104 16th Ave. South, Minneapolis",
        ["jurisdiction"] = "MN-minneapolis",
        ["targets"] = new JsonArray("MN", "MN-hennepin-county"),
        ["announcedOn"] = "2011-08-02",
        ["notes"] = "Announced on the MIRAC blog.",
        ["sources"] = new JsonArray(new JsonObject { ["source"] = "mirac-blog", ["quote"] = "legal clinic" }),
    };

    [Fact]
    public async Task An_event_is_created_with_every_field_its_actors_and_links_in_printed_order()
    {
        var ids = await api.ActorIdsAsync();
        var input = NewEvent("clinic-zumbrota-2011");
        input["organizers"] = new JsonArray(ids.Body, ids.Organization, ids.Person);
        input["participants"] = new JsonArray(ids.Person);
        input["letters"] = new JsonArray("morton-2011-07-20");
        input["legislation"] = new JsonArray("mn-sf-1143");

        var created = (await api.MutateAsync("createEvent", Selection, input))["event"]!;

        Assert.Equal(1, (int)created["version"]!);
        Assert.Equal("LEGAL_CLINIC", (string)created["kind"]!);
        Assert.Equal("2011-08-01", (string)created["startsOn"]!);
        Assert.Equal("MONTH", (string)created["datePrecision"]!);
        Assert.Equal("ON_OR_BEFORE", (string)created["dateQualifier"]!);
        Assert.Equal("2011-08-27", (string)created["latestOn"]!);
        Assert.Equal("10:00", (string)created["startTime"]!);
        Assert.Equal("14:30", (string)created["endTime"]!);
        Assert.Equal("MN-minneapolis", (string)created["jurisdiction"]!["code"]!);
        Assert.Equal(["MN", "MN-hennepin-county"], created["targets"]!.AsArray().Select(t => (string)t!["code"]!));
        Assert.Equal("legal clinic", (string)created["citations"]![0]!["quote"]!);
        var key = RecordInputs.Key(created);
        var links = await api.WithDbAsync(db => db.ActorLinks.Where(a => a.EventId == key).OrderBy(a => a.Role).ThenBy(a => a.Position).Select(a => new { a.Role, a.Position, a.PersonId, a.OrganizationId, a.BodyId }).ToListAsync());
        Assert.Equal([ActorRole.Organizer, ActorRole.Organizer, ActorRole.Organizer, ActorRole.Participant], links.Select(l => l.Role));
        Assert.NotNull(links[0].BodyId);
        Assert.NotNull(links[1].OrganizationId);
        Assert.NotNull(links[2].PersonId);
        Assert.Equal([1, 2, 3, 1], links.Select(l => l.Position));
        var linked = await api.WithDbAsync(db => db.Events.Where(e => e.Id == key).Select(e => new { Letters = e.Letters.Select(l => l.Slug).ToList(), Legislation = e.Legislation.Select(l => l.Slug).ToList() }).SingleAsync());
        Assert.Equal(["morton-2011-07-20"], linked.Letters);
        Assert.Equal(["mn-sf-1143"], linked.Legislation);
    }

    [Fact]
    public async Task A_new_event_is_audited_found_by_search_and_by_node()
    {
        var input = NewEvent("clinic-searchable-2011");
        input["description"] = "A clinic in Quillayute with interpreters.";
        var created = (await api.MutateAsync("createEvent", "event { id title }", input))["event"]!;
        var id = (string)created["id"]!;

        var audit = await api.AuditOfAsync("createEvent", created);
        var found = await api.SendAsync(null, "{ search(text: \"Quillayute\") { __typename ... on Event { id } } }");
        var node = await api.SendAsync(null, "query ($id: ID!) { node(id: $id) { ... on Event { slug } } }", new { id });

        Assert.Equal("Event", audit.ObjectType);
        Assert.Null(audit.Before);
        Assert.Contains("Quillayute", audit.After);
        Assert.Equal([id], found["data"]!["search"]!.AsArray().Select(r => (string)r!["id"]!));
        Assert.Equal("clinic-searchable-2011", (string)node["data"]!["node"]!["slug"]!);
    }

    [Fact]
    public async Task A_planned_event_may_lie_in_the_future()
    {
        var input = NewEvent("planned-vigil-2090");
        input["startsOn"] = new JsonObject { ["on"] = "2090-05-01", ["qualifier"] = "PLANNED" };
        input.Remove("announcedOn");

        var created = (await api.MutateAsync("createEvent", "event { startsOn dateQualifier datePrecision }", input))["event"]!;

        Assert.Equal("PLANNED", (string)created["dateQualifier"]!);
        Assert.Equal("DAY", (string)created["datePrecision"]!);
    }

    /// <summary>One rule broken at a time; the error names its field, and nothing is saved (<see cref="MaintainerApi.RefusedAsync"/> checks the audit).</summary>
    [Theory]
    [InlineData("title", "\"  \"", "input.title", "INVALID_INPUT")]
    [InlineData("description", "\"\"", "input.description", "INVALID_INPUT")]
    [InlineData("slug", "\"Not A Slug\"", "input.slug", "INVALID_INPUT")]
    [InlineData("slug", "\"felipe-matos-walk-2010\"", "input.slug", "INVALID_INPUT")]
    // 201 characters, one more than the slug column holds (PostgreSQL's varchar(200) would refuse it on save).
    [InlineData("slug", "\"abcdefghi-abcdefghi-abcdefghi-abcdefghi-abcdefghi-abcdefghi-abcdefghi-abcdefghi-abcdefghi-abcdefghi-abcdefghi-abcdefghi-abcdefghi-abcdefghi-abcdefghi-abcdefghi-abcdefghi-abcdefghi-abcdefghi-abcdefghixx\"", "input.slug", "INVALID_INPUT")]
    [InlineData("startsOn", """{"on": "2090-01-01"}""", "input.startsOn.on", "INVALID_INPUT")]
    [InlineData("startsOn", """{"on": "2011-08-20", "earliestOn": "2011-08-21", "latestOn": "2011-08-19"}""", "input.startsOn.earliestOn", "INVALID_INPUT")]
    [InlineData("startsOn", """{"on": "2011-08-01", "precision": "MONTH", "qualifier": "ON_OR_AFTER", "latestOn": "2090-01-01"}""", "input.startsOn.latestOn", "INVALID_INPUT")]
    [InlineData("startsOn", """{"on": "2011-08-20", "latestOn": "2011-08-19"}""", "input.startsOn.latestOn", "INVALID_INPUT")]
    [InlineData("endsOn", "\"2011-07-31\"", "input.endsOn", "INVALID_INPUT")]
    [InlineData("startTime", "\"10am\"", "input.startTime", "INVALID_INPUT")]
    [InlineData("endTime", "\"09:00\"", "input.endTime", "INVALID_INPUT")]
    [InlineData("timeZone", "\"Mars/Olympus\"", "input.timeZone", "INVALID_INPUT")]
    [InlineData("timeZone", null, "input.timeZone", "INVALID_INPUT")]
    [InlineData("announcedOn", "\"2090-01-01\"", "input.announcedOn", "INVALID_INPUT")]
    [InlineData("placeName", "\"Walker\\u0001Church\"", "input.placeName", "INVALID_INPUT")]
    [InlineData("jurisdiction", "\"MN-atlantis\"", "input.jurisdiction", "NOT_FOUND")]
    [InlineData("targets", """["MN", "XX"]""", "input.targets.1", "NOT_FOUND")]
    [InlineData("organizers", """["T3JnYW5pemF0aW9uOjk5OTk5"]""", "input.organizers.0", "NOT_FOUND")]
    [InlineData("sponsors", """["TGV0dGVyOjE="]""", "input.sponsors.0", "NOT_FOUND")]
    [InlineData("letters", """["no-such-letter"]""", "input.letters.0", "NOT_FOUND")]
    [InlineData("legislation", """["no-such-bill"]""", "input.legislation.0", "NOT_FOUND")]
    [InlineData("sources", "[]", "input.sources", "INVALID_INPUT")]
    public async Task Each_rule_is_reported_on_its_field_and_nothing_is_saved(string field, string? json, string path, string code)
    {
        var events = await api.WithDbAsync(db => db.Events.CountAsync());

        await api.RefusedOnlyOnAsync("createEvent", NewEvent($"refused-{Guid.NewGuid():N}"), field, json, path, code);

        Assert.Equal(events, await api.WithDbAsync(db => db.Events.CountAsync()));
    }

    [Fact]
    public async Task Texts_over_their_limits_are_refused_by_field()
    {
        var input = NewEvent("too-long-2011");
        input["title"] = new string('t', 501);
        input["description"] = new string('d', 8001);
        input["timeZone"] = new string('z', 65);

        var errors = await api.RefusedAsync("createEvent", "event { id }", input);

        Assert.Equal(["input.description", "input.timeZone", "input.title"], errors.Select(e => RecordInputs.Field(e!)).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(errors, e => (string)e!["message"]! == "\"title\" may have at most 500 characters; it has 501.");
    }

    [Fact]
    public async Task An_update_changes_only_the_fields_given_replaces_lists_and_refuses_a_stale_version()
    {
        var ids = await api.ActorIdsAsync();
        var input = NewEvent("clinic-updated-2011");
        input["organizers"] = new JsonArray(ids.Organization, ids.Person);
        input["sponsors"] = new JsonArray(ids.Body);
        var created = (await api.MutateAsync("createEvent", "event { id version }", input))["event"]!;
        var id = (string)created["id"]!;

        var updated = (await api.MutateAsync("updateEvent", Selection, new { id, version = 1, title = "Clinic (moved)", organizers = new[] { ids.Body }, jurisdiction = (string?)null, targets = new[] { "MN" } }))["event"]!;
        var stale = await api.RefusedAsync("updateEvent", "event { id }", new { id, version = 1, title = "Stale" });
        var missing = await api.RefusedAsync("updateEvent", "event { id }", new { id = "RXZlbnQ6OTk5OTk5", version = 1, title = "Nobody" });
        var crossed = await api.RefusedAsync("updateEvent", "event { id }", new { id, version = 2, endsOn = "2011-07-01" });

        Assert.Equal(2, (int)updated["version"]!);
        Assert.Equal("Clinic (moved)", (string)updated["title"]!);
        Assert.Equal("Walker Church", (string)updated["placeName"]!);
        Assert.Null(updated["jurisdiction"]);
        Assert.Equal(["MN"], updated["targets"]!.AsArray().Select(t => (string)t!["code"]!));
        var key = RecordInputs.Key(created);
        var links = await api.WithDbAsync(db => db.ActorLinks.Where(a => a.EventId == key).Select(a => new { a.Role, a.BodyId }).ToListAsync());
        Assert.Equal(2, links.Count);
        Assert.All(links, l => Assert.NotNull(l.BodyId));
        Assert.Equal(["CONFLICT"], stale.Select(e => (string)e!["code"]!));
        Assert.Equal(2, (int)stale[0]!["currentVersion"]!);
        Assert.Equal(("input.id", "NOT_FOUND"), (RecordInputs.Field(missing[0]!), (string)missing[0]!["code"]!));
        Assert.Equal("input.endsOn", RecordInputs.Field(crossed[0]!));
        var audit = await api.AuditOfAsync("updateEvent", created);
        Assert.Contains("\"version\":1", audit.Before);
        Assert.Contains("Clinic (moved)", audit.After);
    }

    [Fact]
    public async Task A_subscriber_to_one_jurisdiction_sees_its_events_once_committed()
    {
        await using var socket = await GraphQLWebSocket.ConnectAsync(api.Factory);
        await socket.SubscribeAsync("e", "subscription { eventChanged(jurisdiction: \"MN-minneapolis\") { slug title jurisdiction { code } } }", "eventChanged");
        var elsewhere = NewEvent("clinic-elsewhere-2011");
        elsewhere["jurisdiction"] = "MN";
        await api.MutateAsync("createEvent", "event { id }", elsewhere);
        var refused = NewEvent("clinic-refused-2011");
        refused["title"] = "";
        await api.RefusedAsync("createEvent", "event { id }", refused);

        await api.MutateAsync("createEvent", "event { id }", NewEvent("clinic-live-2011"));
        var next = await socket.ReceiveAsync();

        Assert.Equal("next", (string)next["type"]!);
        Assert.Equal("clinic-live-2011", (string)next["payload"]!["data"]!["eventChanged"]!["slug"]!);
        Assert.Equal("MN-minneapolis", (string)next["payload"]!["data"]!["eventChanged"]!["jurisdiction"]!["code"]!);
    }

    [Fact]
    public async Task The_readme_example_creates_its_event()
    {
        var readme = await File.ReadAllTextAsync(Paths.Readme);
        var start = readme.IndexOf("```graphql\nmutation {\n  createEvent(", StringComparison.Ordinal);
        var document = readme[(start + "```graphql\n".Length)..readme.IndexOf("```", start + 10, StringComparison.Ordinal)];

        var response = await api.SendAsync(api.Maintainer, document);

        Assert.True(start >= 0, "README has no createEvent example");
        Assert.Null(response["errors"]);
        Assert.Empty(response["data"]!["createEvent"]!["errors"]!.AsArray());
        Assert.Equal("ON_OR_BEFORE", (string)response["data"]!["createEvent"]!["event"]!["dateQualifier"]!);
    }
}
