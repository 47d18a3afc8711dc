using System.Text.Json.Nodes;

namespace Tracker.Api.Tests;

/// <summary>
/// An update that changes nothing (only <c>id</c> and <c>version</c>, or the values stored) succeeds with the record
/// as it is, keeps its version, writes no audit entry and publishes nothing; a null for a field the record cannot be
/// without is refused on that field, as <c>updateEvent</c>'s <c>kind</c> is (README, "The record's kinds"). Both
/// once moved the version and audited a diff of the version alone.
/// </summary>
public sealed class UnchangedUpdateTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    [Theory]
    [InlineData("updateEvent", "events", "event", "Event")]
    [InlineData("updateBody", "bodies", "body", "Body")]
    [InlineData("updateDeportationCase", "deportationCases", "deportationCase", "DeportationCase")]
    [InlineData("updateStatistic", "statistics", "statistic", "Statistic")]
    [InlineData("updateStatement", "statements", "statement", "Statement")]
    [InlineData("updateLetter", "letters", "letter", "Letter")]
    [InlineData("updateJurisdiction", "jurisdictions", "jurisdiction", "Jurisdiction")]
    [InlineData("updateOrganization", "organizations", "organization", "Organization")]
    [InlineData("updatePerson", "people", "person", "Person")]
    [InlineData("correctStatusEvent", "statusEvents", "statusEvent", "StatusEvent")]
    public async Task An_update_with_no_fields_keeps_the_version_and_audits_nothing(string mutation, string list, string payloadField, string type)
    {
        var read = (await api.SendAsync(null, $"{{ {list}(first: 1) {{ nodes {{ id version }} }} }}"))["data"]![list]!["nodes"]![0]!;
        var (id, version) = ((string)read["id"]!, (int)read["version"]!);

        var answered = await UnchangedAsync(mutation, payloadField, new JsonObject { ["id"] = id, ["version"] = version });

        Assert.Equal((id, version), ((string)answered["id"]!, (int)answered["version"]!));
        Assert.Equal(version, await VersionAsync(id, type));
    }

    [Fact]
    public async Task Delivering_a_letter_again_on_its_delivery_day_keeps_the_version_and_audits_nothing()
    {
        var created = await api.MutateAsync("createLetter", "letter { id version }", new
        {
            slug = "unchanged-delivery-2011", title = "A letter delivered once", kind = "SIGN_ON_LETTER", writtenOn = "2011-05-01",
            sources = new[] { new { source = "mirac-blog" } },
        });
        var id = (string)created["letter"]!["id"]!;
        var delivered = await api.MutateAsync("deliverLetter", "letter { version deliveredOn }", new { id, version = 1, deliveredOn = "2011-05-20" });

        var again = await UnchangedAsync("deliverLetter", "letter", new JsonObject { ["id"] = id, ["version"] = 2, ["deliveredOn"] = "2011-05-20" });

        Assert.Equal(2, (int)delivered["letter"]!["version"]!);
        Assert.Equal(2, (int)again["version"]!);
        Assert.Equal(2, await VersionAsync(id, "Letter"));
    }

    [Fact]
    public async Task An_organization_given_its_own_values_and_aliases_again_is_unchanged()
    {
        var organizations = (await api.SendAsync(null, "{ organizations(first: 100) { nodes { id version name kind state aliases } } }"))["data"]!["organizations"]!["nodes"]!.AsArray();
        var read = organizations.First(o => o!["aliases"]!.AsArray().Count > 0)!;
        var input = new JsonObject
        {
            ["id"] = (string)read["id"]!, ["version"] = (int)read["version"]!, ["name"] = (string)read["name"]!, ["kind"] = (string)read["kind"]!,
            ["state"] = read["state"]?.DeepClone(), ["aliases"] = read["aliases"]!.DeepClone(),
        };

        var answered = await UnchangedAsync("updateOrganization", "organization", input);

        Assert.Equal((int)read["version"]!, (int)answered["version"]!);
        Assert.Equal((int)read["version"]!, await VersionAsync((string)read["id"]!, "Organization"));
    }

    [Fact]
    public async Task An_event_given_its_own_values_targets_and_organizers_again_is_unchanged()
    {
        var events = (await api.SendAsync(null, "{ events(first: 100) { nodes { id version kind title jurisdiction { code } targets { code } organizers { ... on Person { id } ... on Organization { id } ... on Body { id } } } } }"))["data"]!["events"]!["nodes"]!.AsArray();
        var read = events.First(e => e!["targets"]!.AsArray().Count > 0 && e["organizers"]!.AsArray().Count > 0)!;
        var input = new JsonObject
        {
            ["id"] = (string)read["id"]!, ["version"] = (int)read["version"]!, ["kind"] = (string)read["kind"]!, ["title"] = (string)read["title"]!,
            ["jurisdiction"] = read["jurisdiction"]?["code"]?.DeepClone(),
            ["targets"] = new JsonArray([.. read["targets"]!.AsArray().Select(t => t!["code"]!.DeepClone())]),
            ["organizers"] = new JsonArray([.. read["organizers"]!.AsArray().Select(o => o!["id"]!.DeepClone())]),
        };

        var answered = await UnchangedAsync("updateEvent", "event", input);

        Assert.Equal((int)read["version"]!, (int)answered["version"]!);
        Assert.Equal((int)read["version"]!, await VersionAsync((string)read["id"]!, "Event"));
    }

    [Fact]
    public async Task A_status_event_given_its_own_status_and_date_again_is_unchanged()
    {
        var read = (await api.SendAsync(null, "{ statusEvents(first: 1) { nodes { id version status effectiveOn datePrecision dateQualifier description } } }"))["data"]!["statusEvents"]!["nodes"]![0]!;
        var input = new JsonObject
        {
            ["id"] = (string)read["id"]!, ["version"] = (int)read["version"]!, ["status"] = (string)read["status"]!, ["effectiveOn"] = (string)read["effectiveOn"]!,
            ["datePrecision"] = (string)read["datePrecision"]!, ["dateQualifier"] = (string)read["dateQualifier"]!, ["description"] = (string)read["description"]!,
        };

        var answered = await UnchangedAsync("correctStatusEvent", "statusEvent", input);

        Assert.Equal((int)read["version"]!, (int)answered["version"]!);
        Assert.Equal((int)read["version"]!, await VersionAsync((string)read["id"]!, "StatusEvent"));
    }

    [Theory]
    [InlineData("correctStatusEvent", "statusEvents", "StatusEvent", "status")]
    [InlineData("correctStatusEvent", "statusEvents", "StatusEvent", "effectiveOn")]
    [InlineData("correctStatusEvent", "statusEvents", "StatusEvent", "datePrecision")]
    [InlineData("correctStatusEvent", "statusEvents", "StatusEvent", "dateQualifier")]
    [InlineData("updateOrganization", "organizations", "Organization", "kind")]
    public async Task A_null_for_a_field_that_cannot_be_cleared_is_refused_on_it_and_changes_nothing(string mutation, string list, string type, string field)
    {
        var read = (await api.SendAsync(null, $"{{ {list}(first: 1) {{ nodes {{ id version {field} }} }} }}"))["data"]![list]!["nodes"]![0]!;
        var (id, version) = ((string)read["id"]!, (int)read["version"]!);

        var errors = await api.RefusedAsync(mutation, "__typename", new JsonObject { ["id"] = id, ["version"] = version, [field] = null });

        Assert.Equal([($"input.{field}", "INVALID_INPUT", $"\"{field}\" cannot be cleared; leave it out to keep it.")], errors.Select(e => (RecordInputs.Field(e!), (string)e!["code"]!, (string)e["message"]!)));
        var reread = (await api.SendAsync(null, $"{{ node(id: \"{id}\") {{ ... on {type} {{ version {field} }} }} }}"))["data"]!["node"]!;
        Assert.Equal(version, (int)reread["version"]!);
        Assert.Equal((string)read[field]!, (string)reread[field]!);
    }

    [Fact]
    public async Task An_unchanged_event_is_not_published_to_subscribers()
    {
        var created = await api.MutateAsync("createEvent", "event { id version }", new
        {
            slug = "unchanged-vigil-2011", kind = "PROTEST", title = "Vigil", description = "A vigil.", jurisdiction = "MN-minneapolis",
            sources = new[] { new { source = "mirac-blog", quote = "vigil" } },
        });
        var id = (string)created["event"]!["id"]!;
        await using var socket = await GraphQLWebSocket.ConnectAsync(api.Factory);
        await socket.SubscribeAsync("e", "subscription { eventChanged(jurisdiction: \"MN-minneapolis\") { slug title version } }", "eventChanged");

        var kept = (int)(await SucceededAsync("updateEvent", "event", new JsonObject { ["id"] = id, ["version"] = 1, ["title"] = "Vigil" }))["version"]!;
        await api.MutateAsync("updateEvent", "event { version }", new { id, version = kept, title = "Vigil at the jail" });
        var next = await socket.ReceiveAsync();

        // Had the unchanged update been published, its message (the old title) would have come first.
        Assert.Equal("Vigil at the jail", (string)next["payload"]!["data"]!["eventChanged"]!["title"]!);
        Assert.Equal(2, (int)next["payload"]!["data"]!["eventChanged"]!["version"]!);
    }

    [Fact]
    public async Task An_unchanged_status_event_is_not_published_to_subscribers()
    {
        var recorded = await api.MutateAsync("recordStatusChange", "statusEvent { id version }", new
        {
            jurisdiction = "VT", status = "WITHDREW", effectiveOn = "2011-09-01", description = "Withdrew.", sources = new[] { new { source = "mirac-blog" } },
        });
        var id = (string)recorded["statusEvent"]!["id"]!;
        await using var socket = await GraphQLWebSocket.ConnectAsync(api.Factory);
        await socket.SubscribeAsync("s", "subscription { statusChanged(jurisdiction: \"VT\") { description version } }", "statusChanged");

        var kept = (int)(await SucceededAsync("correctStatusEvent", "statusEvent", new JsonObject { ["id"] = id, ["version"] = 1, ["status"] = "WITHDREW" }))["version"]!;
        await api.MutateAsync("correctStatusEvent", "statusEvent { version }", new { id, version = kept, description = "Withdrew by letter." });
        var next = await socket.ReceiveAsync();

        Assert.Equal("Withdrew by letter.", (string)next["payload"]!["data"]!["statusChanged"]!["description"]!);
        Assert.Equal(2, (int)next["payload"]!["data"]!["statusChanged"]!["version"]!);
    }

    /// <summary>Runs an update that must succeed without writing an audit entry; returns the record it answers.</summary>
    private async Task<JsonNode> UnchangedAsync(string mutation, string payloadField, JsonObject input)
    {
        var audits = await api.AuditCountAsync();
        var answered = await SucceededAsync(mutation, payloadField, input);
        Assert.Equal(audits, await api.AuditCountAsync());
        return answered;
    }

    /// <summary>Runs an update that must succeed (whatever it audits, so that a test of publishing tests only that); returns the record it answers.</summary>
    private async Task<JsonNode> SucceededAsync(string mutation, string payloadField, JsonObject input)
    {
        var response = await api.SendAsync(api.Maintainer, $"mutation ($input: {MaintainerApi.InputType(mutation)}!) {{ {mutation}(input: $input) {{ {payloadField} {{ id version }} errors {{ code message field }} }} }}", new { input });
        Assert.True(response["errors"] is null, response.ToJsonString());
        var payload = response["data"]![mutation]!;
        Assert.True(payload["errors"]!.AsArray().Count == 0, payload["errors"]!.ToJsonString());
        return payload[payloadField]!;
    }

    private async Task<int> VersionAsync(string id, string type) =>
        (int)(await api.SendAsync(null, $"{{ node(id: \"{id}\") {{ ... on {type} {{ version }} }} }}"))["data"]!["node"]!["version"]!;
}
