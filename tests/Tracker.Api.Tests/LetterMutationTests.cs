using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace Tracker.Api.Tests;

/// <summary>Letters, bulk signatures with matching, withdrawals, and the live subscriptions they feed.</summary>
public sealed class LetterMutationTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    private static string Field(JsonNode error) => string.Join('.', error["field"]!.AsArray().Select(f => (string)f!));

    [Fact]
    public async Task Letters_are_created_updated_and_delivered_with_checks()
    {
        var created = await api.MutateAsync("createLetter", "letter { id slug version organizers { slug } targets { code } addressees cc }", new
        {
            slug = "ohio-governor-2012", title = "Letter to Gov. Kasich", kind = "SIGN_ON_LETTER", writtenOn = "2012-03-01",
            addressees = new[] { "Gov. John Kasich" }, cc = new[] { "Lt. Gov." }, organizers = new[] { "mirac" }, targets = new[] { "OH" },
            sources = new[] { new { source = "mirac-blog" } },
        });
        var invalid = await api.RefusedAsync("createLetter", "letter { id }", new
        {
            slug = "ohio-governor-2012", title = "", kind = "PETITION", writtenOn = "2999-01-01", organizers = new[] { "nobody" }, targets = new[] { "ZZ" },
            reportedSignatureCount = -5, sources = new[] { new { source = "mirac-blog" } },
        });
        var id = (string)created["letter"]!["id"]!;
        var early = await api.RefusedAsync("deliverLetter", "letter { id }", new { id, version = 1, deliveredOn = "2012-02-01" });
        var delivered = await api.MutateAsync("deliverLetter", "letter { deliveredOn version }", new { id, version = 1, deliveredOn = "2012-03-05" });
        var updated = await api.MutateAsync("updateLetter", "letter { title body version }", new { id, version = 2, body = "Dear Governor," });

        Assert.Equal(["Gov. John Kasich"], created["letter"]!["addressees"]!.AsArray().Select(a => (string)a!));
        Assert.Equal("OH", (string)created["letter"]!["targets"]![0]!["code"]!);
        Assert.Equal(["input.organizers", "input.reportedSignatureCount", "input.slug", "input.targets", "input.title", "input.writtenOn"], invalid.Select(e => Field(e!)).Order(StringComparer.Ordinal));
        Assert.Equal("input.deliveredOn", Field(early[0]!));
        Assert.Equal("2012-03-05", (string)delivered["letter"]!["deliveredOn"]!);
        Assert.Equal(3, (int)updated["letter"]!["version"]!);
    }

    [Fact]
    public async Task A_campaign_letter_is_refused_since_campaigns_are_events()
    {
        var refused = await api.RefusedAsync("createLetter", "letter { id }", new
        {
            slug = "new-campaign-2012", title = "A campaign", kind = "CAMPAIGN", sources = new[] { new { source = "mirac-blog" } },
        });

        Assert.Equal("input.kind", Field(refused.Single()!));
        Assert.Equal("CAMPAIGN is deprecated: campaigns are events now, and no letter has this kind.", (string)refused.Single()!["message"]!);
    }

    [Fact]
    public async Task Add_signatures_matches_creates_and_reports_each_row()
    {
        await api.MutateAsync("createOrganization", "organization { id }", new { name = "Friends of Refugees", city = "Duluth", kind = "NONPROFIT" });
        await api.MutateAsync("createOrganization", "organization { id }", new { name = "Friends of Refugees Inc", kind = "NONPROFIT", aliases = new[] { "Friends-of-Refugees" } });
        var before = (int)(await api.SendAsync(null, "{ letter(slug: \"morton-2011-07-20\") { signatureCount } }"))["data"]!["letter"]!["signatureCount"]!;

        var payload = await api.MutateAsync("addSignatures", "added rows { row outcome message signature { position printedName signatory { __typename name } } candidates { name } }", new
        {
            letter = "morton-2011-07-20",
            signatures = new object[]
            {
                new { printedName = "Minnesota Immigrant Rights Action Committee" },
                new { printedName = "casa de maryland" },
                new { printedName = "Brand-new Coalition of Duluth", state = "MN" },
                new { printedName = "Friends of Refugees" },
                new { printedName = "Rev. Ana Ruiz", kind = "PERSON", name = "Ana Ruiz", title = "Rev." },
                new { printedName = "Someone", signedOn = "2999-01-01" },
                new { printedName = "Brand-new Coalition of Duluth (again)", name = "Brand-new Coalition of Duluth" },
            },
        });

        var rows = payload["rows"]!.AsArray();
        var outcomes = rows.Select(r => (string)r!["outcome"]!).ToList();
        Assert.Equal(["DUPLICATE", "DUPLICATE", "CREATED", "AMBIGUOUS", "CREATED", "INVALID", "DUPLICATE"], outcomes);
        Assert.Equal(2, (int)payload["added"]!);
        Assert.Equal(2, rows[3]!["candidates"]!.AsArray().Count);
        Assert.Equal(before + 1, (int)rows[2]!["signature"]!["position"]!);
        Assert.Equal("Person", (string)rows[4]!["signature"]!["signatory"]!["__typename"]!);
        var after = (int)(await api.SendAsync(null, "{ letter(slug: \"morton-2011-07-20\") { signatureCount } }"))["data"]!["letter"]!["signatureCount"]!;
        Assert.Equal(before + 2, after);
    }

    [Fact]
    public async Task Invalid_rows_are_reported_one_by_one_and_left_out()
    {
        var payload = await api.MutateAsync("addSignatures", "added rows { row outcome message }", new
        {
            letter = "mirac-dayton-2011-05-20",
            signatures = new object[]
            {
                new { printedName = "   " },
                new { printedName = "Fine Name", name = new string('n', 501) },
                new { printedName = "Fine Name", acronym = new string('A', 51) },
                new { printedName = "Start\u0001Heading" },
                new { printedName = "Fine Name", city = "Tab\tis fine", state = "QQ" },
                new { printedName = "Fine Name", title = "Bell\u0007" },
            },
        });

        Assert.Equal(0, (int)payload["added"]!);
        Assert.Equal(
            [
                "The printed name is empty.",
                "The name is longer than 500 characters.",
                "The acronym is longer than 50 characters.",
                "The printed name contains the control character U+0001.",
                "\"QQ\" is not the postal code of a state, DC or a territory.",
                "The title contains the control character U+0007.",
            ],
            payload["rows"]!.AsArray().Select(r => (string)r!["message"]!));
        Assert.All(payload["rows"]!.AsArray(), r => Assert.Equal("INVALID", (string)r!["outcome"]!));
    }

    [Fact]
    public async Task An_unknown_letter_applies_nothing()
    {
        var errors = await api.RefusedAsync("addSignatures", "added", new { letter = "no-such-letter", signatures = new[] { new { printedName = "X" } } });

        Assert.Equal("NotFoundError", (string)errors[0]!["__typename"]!);
    }

    [Fact]
    public async Task Withdrawn_signatures_stay_on_the_letter()
    {
        var signature = (await api.SendAsync(null, "{ letter(slug: \"mirac-dayton-2011-05-20\") { signatures(first: 1) { nodes { id version } } } }"))["data"]!["letter"]!["signatures"]!["nodes"]![0]!;
        var id = (string)signature["id"]!;

        var withdrawn = await api.MutateAsync("withdrawSignature", "signature { withdrawnOn version }", new { id, version = (int)signature["version"]!, withdrawnOn = "2011-06-01" });
        var again = await api.RefusedAsync("withdrawSignature", "signature { id }", new { id, version = (int)withdrawn["signature"]!["version"]!, withdrawnOn = "2011-06-02" });
        var listed = await api.SendAsync(null, "{ letter(slug: \"mirac-dayton-2011-05-20\") { standing: signatures(where: { withdrawn: false }) { totalCount } all: signatures { totalCount } } }");

        Assert.Equal("2011-06-01", (string)withdrawn["signature"]!["withdrawnOn"]!);
        Assert.Contains("already withdrawn", (string)again[0]!["message"]!);
        Assert.Equal((int)listed["data"]!["letter"]!["all"]!["totalCount"]! - 1, (int)listed["data"]!["letter"]!["standing"]!["totalCount"]!);
    }

    [Fact]
    public async Task A_websocket_subscriber_sees_a_status_change_made_over_http()
    {
        await using var socket = await GraphQLWebSocket.ConnectAsync(api.Factory);
        await socket.SubscribeAsync("1", "subscription { statusChanged(jurisdiction: \"WY\") { status effectiveOn jurisdiction { code } } }", "statusChanged");

        await api.MutateAsync("recordStatusChange", "statusEvent { id }", new { jurisdiction = "NM", status = "WITHDREW", effectiveOn = "2011-01-01", description = "other state", sources = new[] { new { source = "mirac-blog" } } });
        await api.MutateAsync("recordStatusChange", "statusEvent { id }", new { jurisdiction = "WY", status = "WITHDREW", effectiveOn = "2011-09-01", description = "x", sources = new[] { new { source = "mirac-blog" } } });
        var next = await socket.ReceiveAsync();

        Assert.Equal("next", (string)next["type"]!);
        Assert.Equal("WY", (string)next["payload"]!["data"]!["statusChanged"]!["jurisdiction"]!["code"]!);
        Assert.Equal("2011-09-01", (string)next["payload"]!["data"]!["statusChanged"]!["effectiveOn"]!);
    }

    [Fact]
    public async Task A_server_sent_events_subscriber_sees_added_signatures()
    {
        var opened = api.Factory.Services.GetRequiredService<Live.OpenedSubscriptions>();
        var before = opened.Count("signatureAdded");
        using var client = api.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { query = "subscription { signatureAdded(letter: \"restoring-community-report\") { printedName letter { slug } } }" }),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        await opened.WaitForAsync("signatureAdded", before);

        await api.MutateAsync("addSignatures", "added", new { letter = "restoring-community-report", signatures = new[] { new { printedName = "Streaming Test Group" } } });
        string? data = null;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (data is null && await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data = line[5..].Trim();
            }
        }

        Assert.NotNull(data);
        Assert.Equal("Streaming Test Group", (string)JsonNode.Parse(data!)!["data"]!["signatureAdded"]!["printedName"]!);
    }
}
