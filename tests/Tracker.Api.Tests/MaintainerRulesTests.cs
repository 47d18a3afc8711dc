using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Tracker.Api.Tests;

/// <summary>Domain rules found wanting by a probe of every mutation: matching, merging, dates, audit images, keys.</summary>
public sealed class MaintainerRulesTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    private static string Field(JsonNode error) => string.Join('.', error["field"]!.AsArray().Select(f => (string)f!));

    private async Task<JsonArray> RowsAsync(string letter, params object[] signatures) =>
        (await api.MutateAsync("addSignatures", "added rows { outcome message signature { signatory { __typename name } } }", new { letter, signatures }))["rows"]!.AsArray();

    [Fact]
    public async Task Signers_match_whatever_their_accents()
    {
        await api.MutateAsync("createOrganization", "organization { id }", new { name = "Comite de Apoyo Mutuo", kind = "NONPROFIT" });

        var rows = await RowsAsync("no-more-deportations-petition-2011", new { printedName = "Comité de Apoyo Mútuo" });

        Assert.Equal("MATCHED", (string)rows[0]!["outcome"]!);
        Assert.Equal("Comite de Apoyo Mutuo", (string)rows[0]!["signature"]!["signatory"]!["name"]!);
    }

    [Fact]
    public async Task Acronyms_match_in_any_case_and_with_dots()
    {
        await api.MutateAsync("createOrganization", "organization { id }", new { name = "Quartz Zephyr Xylophone Alliance", acronym = "QZX", kind = "NONPROFIT" });

        var rows = await RowsAsync("no-more-deportations-petition-2011",
            new { printedName = "qzx" }, new { printedName = "The Quartz Zephyr group", acronym = "Q.Z.X." });

        Assert.Equal("MATCHED", (string)rows[0]!["outcome"]!);
        Assert.Equal("Quartz Zephyr Xylophone Alliance", (string)rows[0]!["signature"]!["signatory"]!["name"]!);
        Assert.Equal("DUPLICATE", (string)rows[1]!["outcome"]!);
    }

    [Fact]
    public async Task Names_without_a_letter_or_digit_are_refused_everywhere()
    {
        var rows = await RowsAsync("no-more-deportations-petition-2011", new { printedName = "!!!" }, new { printedName = "— —" });
        var organization = await api.RefusedAsync("createOrganization", "organization { id }", new { name = "???", kind = "OTHER" });

        Assert.All(rows, r => Assert.Equal("INVALID", (string)r!["outcome"]!));
        Assert.Equal("The name has no letter or digit to match or file it by.", (string)rows[0]!["message"]!);
        Assert.Equal("\"name\" needs at least one letter or digit.", (string)organization[0]!["message"]!);
    }

    [Fact]
    public async Task A_row_whose_name_would_not_fit_the_new_signatory_is_invalid()
    {
        var rows = await RowsAsync("no-more-deportations-petition-2011", new { printedName = new string('p', 301), kind = "PERSON" }, new { printedName = new string('o', 501) });

        Assert.Equal("The name is longer than 300 characters, the most a person's name has; give a shorter \"name\".", (string)rows[0]!["message"]!);
        Assert.Equal("The name is longer than 500 characters, the most an organisation's name has; give a shorter \"name\".", (string)rows[1]!["message"]!);
    }

    [Fact]
    public async Task A_chapter_absorbing_its_parent_takes_the_parents_place_and_keeps_what_it_knew()
    {
        var parent = await api.MutateAsync("createOrganization", "organization { id version slug }", new { name = "Parent Coalition of Probes", kind = "COALITION", website = "https://example.org/parent", city = "Duluth", state = "MN" });
        var parentId = (string)parent["organization"]!["id"]!;
        await api.MutateAsync("updateOrganization", "organization { id }", new { id = parentId, version = 1, notes = "Founded 2009." });
        var chapter = await api.MutateAsync("createOrganization", "organization { id version }", new { name = "Probe Chapter", kind = "NONPROFIT", parent = (string)parent["organization"]!["slug"]! });

        var merged = await api.MutateAsync("mergeOrganizations", "organization { parent { slug } website city state notes }",
            new { survivor = (string)chapter["organization"]!["id"]!, survivorVersion = 1, merged = parentId, mergedVersion = 2 });

        var survivor = merged["organization"]!;
        Assert.Null(survivor["parent"]);
        Assert.Equal("https://example.org/parent", (string)survivor["website"]!);
        Assert.Equal("MN", (string)survivor["state"]!);
        Assert.EndsWith("Founded 2009.", (string)survivor["notes"]!);
    }

    [Fact]
    public async Task Dates_stay_in_order_withdrawals_after_signing_and_letters_before_delivery()
    {
        var letter = await api.MutateAsync("createLetter", "letter { id version }", new { slug = "probe-order-letter", title = "Order", kind = "SIGN_ON_LETTER", writtenOn = "2012-01-10", sources = new[] { new { source = "mirac-blog" } } });
        var letterId = (string)letter["letter"]!["id"]!;
        await api.MutateAsync("deliverLetter", "letter { id }", new { id = letterId, version = 1, deliveredOn = "2012-02-01" });
        var signature = (await api.MutateAsync("addSignatures", "rows { signature { id version } }", new { letter = "probe-order-letter", signatures = new[] { new { printedName = "Order Keepers" } } }))["rows"]![0]!["signature"]!;

        var early = await api.RefusedAsync("withdrawSignature", "signature { id }", new { id = (string)signature["id"]!, version = (int)signature["version"]!, withdrawnOn = "2011-12-31" });
        var late = await api.RefusedAsync("updateLetter", "letter { id }", new { id = letterId, version = 2, writtenOn = "2012-03-01" });

        Assert.Equal("\"withdrawnOn\" (2011-12-31) is before the signature (2012-01-10).", (string)early[0]!["message"]!);
        Assert.Equal("input.withdrawnOn", Field(early[0]!));
        Assert.Equal("\"writtenOn\" (2012-03-01) is after the letter's delivery (2012-02-01).", (string)late[0]!["message"]!);
    }

    [Fact]
    public async Task The_audit_log_shows_the_record_as_read_and_the_input_as_sent()
    {
        var created = await api.MutateAsync("createPerson", "person { id version }", new { name = "Audit Probe Person" });
        var id = (string)created["person"]!["id"]!;
        await api.MutateAsync("updatePerson", "person { version }", new { id, version = 1, title = "Rev." });

        var entry = await api.WithDbAsync(db => db.AuditEntries.Where(a => a.Mutation == "updatePerson").OrderByDescending(a => a.Id).FirstAsync());

        Assert.Equal(1, (int)JsonNode.Parse(entry.Before!)!["version"]!);
        Assert.Equal(2, (int)JsonNode.Parse(entry.After!)!["version"]!);
        var input = JsonNode.Parse(entry.Input)!.AsObject();
        Assert.Equal("Rev.", (string)input["title"]!);
        Assert.False(input.ContainsKey("name"), entry.Input);
    }

    [Fact]
    public async Task A_key_revoked_twice_is_told_so()
    {
        await api.MutateAsync("createApiKey", "secret", new { name = "twice-revoked", role = "MAINTAINER" }, api.Admin);
        await api.MutateAsync("revokeApiKey", "key { name }", new { name = "twice-revoked" }, api.Admin);

        var again = await api.RefusedAsync("revokeApiKey", "key { name }", new { name = "twice-revoked" }, api.Admin);

        Assert.StartsWith("The key \"twice-revoked\" was already revoked on ", (string)again[0]!["message"]!);
    }

    [Fact]
    public async Task Organisations_and_people_share_one_space_of_slugs()
    {
        await api.MutateAsync("createOrganization", "organization { id }", new { name = "Slug Sharers", slug = "slug-sharers", kind = "OTHER" });

        var person = await api.RefusedAsync("createPerson", "person { id }", new { name = "Slug Sharer", slug = "slug-sharers" });
        var organization = await api.RefusedAsync("createOrganization", "organization { id }", new { name = "Other", slug = "slug-sharers", kind = "OTHER" });

        Assert.Equal("A person or organisation already has the slug \"slug-sharers\".", (string)person[0]!["message"]!);
        Assert.Equal("An organisation or person already has the slug \"slug-sharers\".", (string)organization[0]!["message"]!);
    }

    [Fact]
    public async Task Jurisdictions_get_only_what_their_kind_has()
    {
        var city = await api.RefusedAsync("createJurisdiction", "jurisdiction { id }", new { code = "WI-postal-city", kind = "CITY", name = "Postal City", parent = "WI", postalCode = "WI" });
        var country = await api.RefusedAsync("createJurisdiction", "jurisdiction { id }", new { code = "US2", kind = "COUNTRY", name = "Another country" });

        Assert.Equal("input.postalCode", Field(city[0]!));
        Assert.Equal("The tracker follows one country, which it already has.", (string)country[0]!["message"]!);
    }

    [Fact]
    public async Task The_same_citation_is_not_attached_twice()
    {
        var person = await api.MutateAsync("createPerson", "person { id }", new { name = "Twice Cited" });
        var input = new { source = "mirac-blog", to = (string)person["person"]!["id"]!, quote = "the passage" };
        await api.MutateAsync("attachSource", "citation { quote }", input);

        var again = await api.RefusedAsync("attachSource", "citation { quote }", input);

        Assert.Equal("This record already cites this source with this quote.", (string)again[0]!["message"]!);
    }
}
