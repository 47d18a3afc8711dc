using Microsoft.EntityFrameworkCore;

namespace Tracker.Api.Tests;

/// <summary>Jurisdictions, legislation, organisations (with merging), people and sources: success and each error.</summary>
public sealed class RecordMutationTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    private static string Field(System.Text.Json.Nodes.JsonNode error) => string.Join('.', error["field"]!.AsArray().Select(f => (string)f!));

    [Fact]
    public async Task Jurisdictions_are_created_checked_and_updated_with_versions()
    {
        var created = await api.MutateAsync("createJurisdiction", "jurisdiction { id version code parent { code } status }",
            new { code = "CA-fremont", kind = "CITY", name = "Fremont", parent = "CA" });
        var duplicate = await api.RefusedAsync("createJurisdiction", "jurisdiction { id }", new { code = "CA-fremont", kind = "CITY", name = "Fremont", parent = "CA" });
        var orphan = await api.RefusedAsync("createJurisdiction", "jurisdiction { id }", new { code = "XX-nowhere", kind = "COUNTY", name = "Nowhere", fips = "12" + "x" });
        var id = (string)created["jurisdiction"]!["id"]!;
        var updated = await api.MutateAsync("updateJurisdiction", "jurisdiction { name version fips }", new { id, version = 1, name = "City of Fremont", fips = "0626000" });
        var stale = await api.RefusedAsync("updateJurisdiction", "jurisdiction { name }", new { id, version = 1, name = "Stale" });

        Assert.Equal("CA", (string)created["jurisdiction"]!["parent"]!["code"]!);
        Assert.Equal("UNKNOWN", (string)created["jurisdiction"]!["status"]!);
        Assert.Equal("input.code", Field(duplicate[0]!));
        Assert.Contains(orphan, e => Field(e!) == "input.parent");
        Assert.Contains(orphan, e => Field(e!) == "input.fips");
        Assert.Equal(2, (int)updated["jurisdiction"]!["version"]!);
        Assert.Equal("ConflictError", (string)stale[0]!["__typename"]!);
    }

    [Theory]
    [InlineData("CITY", "CA-gilroy", "CA-santa-clara-county", "A county or city sits directly under a state, DC or a territory; \"CA-santa-clara-county\" is a county.")]
    [InlineData("COUNTY", "MN-nowhere", "US", "A county or city sits directly under a state, DC or a territory; \"US\" is a country.")]
    [InlineData("STATE", "NX", "WI", "Only counties and cities have a parent; a state, DC, a territory or the country has none.")]
    public async Task Jurisdictions_keep_the_hierarchy_the_status_summary_counts_by(string kind, string code, string parent, string message)
    {
        var refused = await api.RefusedAsync("createJurisdiction", "jurisdiction { id }", new { code, kind, name = "Misplaced", parent });

        Assert.Equal(message, (string)refused[0]!["message"]!);
        Assert.Equal("input.parent", Field(refused[0]!));
    }

    [Fact]
    public async Task Legislation_is_recorded_with_its_stages_and_sources()
    {
        var recorded = await api.MutateAsync("recordLegislation", "legislation { slug jurisdiction { code } stages { stage date } citations { source { slug } } }", new
        {
            slug = "ca-ab-1081-signed", jurisdiction = "CA", identifier = "AB 1081", title = "TRUST Act (signature)", kind = "BILL", stance = "LIMITS_PARTICIPATION",
            stages = new[] { new { stage = "INTRODUCED", date = "2011-02-18" }, new { stage = "PASSED", date = "2011-08-01" } },
            sources = new[] { new { source = "tag-page-opt-out" } },
        });
        var refused = await api.RefusedAsync("recordLegislation", "legislation { slug }", new
        {
            slug = "Bad Slug", jurisdiction = "ZZ", title = "x", kind = "BILL", stance = "NEUTRAL",
            stages = new[] { new { stage = "INTRODUCED", date = "2999-01-01" } }, sources = Array.Empty<object>(),
        });

        var id = (string)(await api.SendAsync(null, "{ legislation(slug: \"ca-ab-1081-signed\") { id } }"))["data"]!["legislation"]!["id"]!;
        var staged = await api.MutateAsync("addLegislationStage", "legislation { version stages { stage date citations { quote } } }", new
        {
            id, version = 1, stage = new { stage = "SIGNED", date = "2011-10-05", description = "Signed." }, sources = new[] { new { source = "tag-page-opt-out", quote = "signed" } },
        });
        var stale = await api.RefusedAsync("addLegislationStage", "legislation { version }", new
        {
            id, version = 1, stage = new { stage = "OTHER", date = "2011-10-06" }, sources = new[] { new { source = "tag-page-opt-out" } },
        });

        Assert.Equal(2, recorded["legislation"]!["stages"]!.AsArray().Count);
        Assert.Equal(["INTRODUCED", "PASSED", "SIGNED"], staged["legislation"]!["stages"]!.AsArray().Select(s => (string)s!["stage"]!));
        Assert.Equal("signed", (string)staged["legislation"]!["stages"]![2]!["citations"]![0]!["quote"]!);
        Assert.Equal("ConflictError", (string)stale[0]!["__typename"]!);
        Assert.Equal("tag-page-opt-out", (string)recorded["legislation"]!["citations"]![0]!["source"]!["slug"]!);
        Assert.Equal(new[] { "input.jurisdiction", "input.slug", "input.sources", "input.stages.0.date" }, refused.Select(e => Field(e!)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Organizations_are_created_validated_and_updated()
    {
        var created = await api.MutateAsync("createOrganization", "organization { id slug name version aliases state }",
            new { name = "Twin Cities Sanctuary Network", kind = "FAITH", state = "mn", aliases = new[] { "TCSN", "twin cities sanctuary network" }, website = "https://example.org/tcsn" });
        var invalid = await api.RefusedAsync("createOrganization", "organization { id }", new { name = "", kind = "OTHER", state = "Minnesota", website = "javascript:alert(1)" });
        var id = (string)created["organization"]!["id"]!;
        var updated = await api.MutateAsync("updateOrganization", "organization { name acronym version city }", new { id, version = 1, acronym = "TCSN", city = (string?)null });

        Assert.Equal("twin-cities-sanctuary-network", (string)created["organization"]!["slug"]!);
        Assert.Equal("MN", (string)created["organization"]!["state"]!);
        Assert.Equal(["TCSN"], created["organization"]!["aliases"]!.AsArray().Select(a => (string)a!));
        Assert.Equal(["input.name", "input.state", "input.website"], invalid.Select(e => Field(e!)).Order());
        Assert.Equal("TCSN", (string)updated["organization"]!["acronym"]!);
        Assert.Equal(2, (int)updated["organization"]!["version"]!);
    }

    [Fact]
    public async Task Control_characters_and_unknown_state_codes_are_refused_by_field()
    {
        var audits = await api.AuditCountAsync();

        var errors = await api.RefusedAsync("createOrganization", "organization { id }", new { name = "Pasted\u0001Name", kind = "OTHER", state = "ZZ", city = "Duluth\u007F", aliases = new[] { "fine", "bell\u0007" } });

        var byField = errors.ToDictionary(e => Field(e!), e => (string)e!["message"]!);
        Assert.Equal("\"name\" contains the control character U+0001; remove it.", byField["input.name"]);
        Assert.Equal("\"city\" contains the control character U+007F; remove it.", byField["input.city"]);
        Assert.Equal("\"aliases[1]\" contains the control character U+0007; remove it.", byField["input.aliases.1"]);
        Assert.Equal("\"state\" must be the two-letter postal code of a state, DC or a territory; \"ZZ\" is not.", byField["input.state"]);
        Assert.Equal(audits, await api.AuditCountAsync());
    }

    [Fact]
    public async Task Line_breaks_and_tabs_are_text()
    {
        var created = await api.MutateAsync("createOrganization", "organization { id }", new { name = "Tabbed\tGroup", kind = "OTHER", state = "PR" });
        var updated = await api.MutateAsync("updateOrganization", "organization { notes }", new { id = (string)created["organization"]!["id"]!, version = 1, notes = "Line one.\r\nLine two." });

        Assert.Equal("Line one.\r\nLine two.", (string)updated["organization"]!["notes"]!);
    }

    [Fact]
    public async Task Merging_moves_every_signature_and_keeps_every_name()
    {
        var survivor = await api.MutateAsync("createOrganization", "organization { id version }", new { name = "Immigrant Solidarity League", kind = "NONPROFIT" });
        var duplicate = await api.MutateAsync("createOrganization", "organization { id version slug }", new { name = "Immigrant Solidarity League of Ohio", acronym = "ISLO", kind = "NONPROFIT", aliases = new[] { "Liga de Solidaridad" } });
        await api.MutateAsync("addSignatures", "added", new { letter = "morton-2011-07-20", signatures = new[] { new { printedName = "Immigrant Solidarity League of Ohio" } } });
        await api.MutateAsync("addSignatures", "added", new { letter = "mirac-dayton-2011-05-20", signatures = new[] { new { printedName = "Immigrant Solidarity League" } } });
        var survivorId = (string)survivor["organization"]!["id"]!;
        var mergedId = (string)duplicate["organization"]!["id"]!;

        var merged = await api.MutateAsync("mergeOrganizations", "organization { aliases signatures { totalCount nodes { printedName letter { slug } } } } movedSignatures",
            new { survivor = survivorId, survivorVersion = 1, merged = mergedId, mergedVersion = 1 });
        var gone = await api.SendAsync(null, "query ($id: ID!) { node(id: $id) { id } }", new { id = mergedId });
        var self = await api.RefusedAsync("mergeOrganizations", "movedSignatures", new { survivor = survivorId, survivorVersion = 2, merged = survivorId, mergedVersion = 2 });

        Assert.Equal(1, (int)merged["movedSignatures"]!);
        Assert.Equal(2, (int)merged["organization"]!["signatures"]!["totalCount"]!);
        Assert.Equal(["ISLO", "Immigrant Solidarity League of Ohio", "Liga de Solidaridad"], merged["organization"]!["aliases"]!.AsArray().Select(a => (string)a!).Order(StringComparer.Ordinal));
        Assert.Null(gone["data"]!["node"]);
        Assert.Equal("An organisation cannot be merged into itself.", (string)self[0]!["message"]!);
    }

    /// <summary>
    /// Merging an organisation that plays parts elsewhere (found by a stranger's probe: a participant of an event made
    /// the merge fail with an unexpected error, its links still naming the organisation being removed): its actor
    /// links and joint signature lines pass to the survivor, once each.
    /// </summary>
    [Fact]
    public async Task Merging_passes_actor_links_and_joint_lines_to_the_survivor_once_each()
    {
        const string Participants = """{ event(slug: "massachusetts-hearings") { participants { ... on Organization { slug } } } }""";
        var before = await api.SendAsync(null, Participants);
        var centro = (await api.SendAsync(null, """{ organization(slug: "centro-presente") { id version } }"""))["data"]!["organization"]!;
        var mira = (await api.SendAsync(null, """{ organization(slug: "mira-massachusetts") { id version } }"""))["data"]!["organization"]!;
        var irate = (await api.SendAsync(null, """{ organization(slug: "irate") { id version } }"""))["data"]!["organization"]!;
        var firstFriends = (await api.SendAsync(null, """{ organization(slug: "first-friends") { id version } }"""))["data"]!["organization"]!;
        var jointLine = await api.WithDbAsync(db => db.SignatureSignatories.Where(s => s.Organization!.Slug == "irate")
            .Where(s => db.SignatureSignatories.Any(o => o.SignatureId == s.SignatureId && o.Organization!.Slug == "first-friends")).Select(s => s.SignatureId).SingleAsync());

        await api.MutateAsync("mergeOrganizations", "movedSignatures", new { survivor = (string)mira["id"]!, survivorVersion = (int)mira["version"]!, merged = (string)centro["id"]!, mergedVersion = (int)centro["version"]! });
        await api.MutateAsync("mergeOrganizations", "movedSignatures", new { survivor = (string)firstFriends["id"]!, survivorVersion = (int)firstFriends["version"]!, merged = (string)irate["id"]!, mergedVersion = (int)irate["version"]! });
        var after = await api.SendAsync(null, Participants);
        var lineNames = await api.WithDbAsync(db => db.SignatureSignatories.Where(s => s.SignatureId == jointLine).Select(s => s.Organization!.Slug).ToListAsync());

        static string[] Slugs(System.Text.Json.Nodes.JsonObject response) => response["data"]!["event"]!["participants"]!.AsArray().Select(p => (string)p!["slug"]!).ToArray();
        Assert.Equal(["centro-presente", "mira-massachusetts"], Slugs(before).Order(StringComparer.Ordinal));
        Assert.Equal(["mira-massachusetts"], Slugs(after));
        Assert.Equal(["first-friends"], lineNames);
    }

    [Fact]
    public async Task People_are_created_and_updated()
    {
        var created = await api.MutateAsync("createPerson", "person { id slug title organization { slug } }", new { name = "Maria Lopez", title = "Sheriff", organization = "mirac", state = "MN" });
        var unknown = await api.RefusedAsync("createPerson", "person { id }", new { name = "X", organization = "no-such-org" });
        var updated = await api.MutateAsync("updatePerson", "person { title version }", new { id = (string)created["person"]!["id"]!, version = 1, title = "Former Sheriff" });

        Assert.Equal("mirac", (string)created["person"]!["organization"]!["slug"]!);
        Assert.Equal("input.organization", Field(unknown[0]!));
        Assert.Equal("Former Sheriff", (string)updated["person"]!["title"]!);
        var stale = await api.RefusedAsync("updatePerson", "person { title }", new { id = (string)created["person"]!["id"]!, version = 1, title = "Stale" });
        var badState = await api.RefusedAsync("updatePerson", "person { title }", new { id = (string)created["person"]!["id"]!, version = 2, state = "Minnesota" });
        var missing = await api.RefusedAsync("updatePerson", "person { title }", new { id = "UGVyc29uOjk5OTk5", version = 1, title = "X" });
        Assert.Equal("CONFLICT", (string)stale[0]!["code"]!);
        Assert.Equal("input.state", Field(badState[0]!));
        Assert.Equal("NOT_FOUND", (string)missing[0]!["code"]!);
    }

    [Fact]
    public async Task Sources_are_added_checked_and_attached()
    {
        var added = await api.MutateAsync("addSource", "source { id slug url }", new { slug = "star-tribune-2011-08-02", title = "Article", url = "https://example.org/article", publishedOn = "2011-08-02" });
        var invalid = await api.RefusedAsync("addSource", "source { id }", new { slug = "mirac-blog", title = "Dup", url = "ftp://example.org/x", publishedOn = "2999-01-01" });
        var letter = await api.SendAsync(null, "{ letter(slug: \"morton-2011-07-20\") { id } }");
        var attached = await api.MutateAsync("attachSource", "citation { quote source { slug } }", new { source = "star-tribune-2011-08-02", to = (string)letter["data"]!["letter"]!["id"]!, quote = "a quote" });
        var badTarget = await api.RefusedAsync("attachSource", "citation { quote }", new { source = "star-tribune-2011-08-02", to = "not-an-id" });

        Assert.Equal("https://example.org/article", (string)added["source"]!["url"]!);
        Assert.Equal(["input.publishedOn", "input.slug", "input.url"], invalid.Select(e => Field(e!)).Order());
        Assert.Equal("star-tribune-2011-08-02", (string)attached["citation"]!["source"]!["slug"]!);
        Assert.Equal("input.to", Field(badTarget[0]!));
        var unknownSource = await api.RefusedAsync("attachSource", "citation { quote }", new { source = "no-such-source", to = (string)letter["data"]!["letter"]!["id"]! });
        Assert.Equal("input.source", Field(unknownSource[0]!));
    }
}
