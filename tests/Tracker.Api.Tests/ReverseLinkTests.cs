using System.Text.Json.Nodes;

namespace Tracker.Api.Tests;

/// <summary>
/// The record's reverse links (issue 11): from a letter to its cases, events and statements; from a person,
/// organisation or body to what it said or did; from a body to its parts and officials; from a jurisdiction to its
/// bodies, figures, events and statements. Expected values are read off the seed files.
/// </summary>
public sealed class ReverseLinkTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task A_petition_lists_its_cases_by_name_and_a_letter_its_statements_and_events_by_date()
    {
        var response = await api.Factory.QueryAsync("""
            { cambodian: letter(slug: "cambodian-deportation-petitions-2016") { cases { slug name } statements { slug } events { slug } }
              morton: letter(slug: "morton-2011-07-20") { cases { slug } statements { slug date } }
              report: letter(slug: "restoring-community-report") { events { slug startsOn } } }
            """);

        Assert.True(response["errors"] is null, response.ToJsonString());
        var data = response["data"]!;
        Assert.Equal(["chamroeun-phan", "chan-om", "ched-nin", "phoeuy-chuon", "posy-chheng", "ron-an", "sameth-nhean"], Slugs(data["cambodian"]!["cases"]));
        Assert.Equal(["mirac-cambodian-deportation-wave-2016"], Slugs(data["cambodian"]!["statements"]));
        Assert.Empty(data["cambodian"]!["events"]!.AsArray());
        Assert.Empty(data["morton"]!["cases"]!.AsArray());
        Assert.Equal(
            ["fbi-mandatory-recommendation-2009", "ice-2010-voluntary-statement", "napolitano-letter-to-lofgren-2010", "ice-advisory-committee-mission-2011-06-17",
             "orloff-testimony-2011", "foia-lawsuit", "foia-ruling-2011-07", "foia-ruling-2011-07-quote"],
            Slugs(data["morton"]!["statements"]));
        Assert.Equal(["national-day-of-action-restoring-community"], Slugs(data["report"]!["events"]));
    }

    [Fact]
    public async Task People_organisations_and_bodies_list_what_they_said_or_did_oldest_first_undated_last()
    {
        var response = await api.Factory.QueryAsync("""
            { person(slug: "pat-quinn") { statements { slug speakers { ... on Person { slug } } } }
              organization(slug: "mirac") { statements { slug } }
              body(slug: "us-ice") { statements { slug date } }
              nobody: person(slug: "margo-schlanger") { statements { slug } } }
            """);

        Assert.True(response["errors"] is null, response.ToJsonString());
        var data = response["data"]!;
        var quinn = data["person"]!["statements"]!.AsArray();
        Assert.Equal(["quinn-letter-to-ice"], Slugs(quinn));
        Assert.Equal("pat-quinn", (string)quinn[0]!["speakers"]![0]!["slug"]!);
        Assert.Equal(["no-more-deportations-launch-2010-11", "mirac-s-comm-modifications-cosmetic-2012", "mirac-cambodian-deportation-wave-2016"], Slugs(data["organization"]!["statements"]));
        var ice = data["body"]!["statements"]!.AsArray();
        Assert.Equal(["ice-2010-voluntary-statement", "ice-claims-2011-05", "ice-advisory-committee-mission-2011-06-17"], Slugs(ice).Take(3));
        Assert.Equal(7, ice.Count);
        Assert.All(ice.Skip(3), s => Assert.Null(s!["date"]));
        Assert.Empty(data["nobody"]!["statements"]!.AsArray());
    }

    [Fact]
    public async Task A_body_lists_its_parts_and_its_officials_by_name()
    {
        var response = await api.Factory.QueryAsync("""
            { legislature: body(slug: "mn-legislature") { children { slug parent { slug } } people { slug } }
              policy: body(slug: "dhs-office-of-policy") { children { slug } people { name body: __typename } }
              ice: body(slug: "us-ice") { children { slug } people { slug } } }
            """);

        Assert.True(response["errors"] is null, response.ToJsonString());
        var data = response["data"]!;
        Assert.Equal(["mn-conference-committee-data-practices", "mn-senate"], Slugs(data["legislature"]!["children"]));
        Assert.All(data["legislature"]!["children"]!.AsArray(), c => Assert.Equal("mn-legislature", (string)c!["parent"]!["slug"]!));
        Assert.Empty(data["legislature"]!["people"]!.AsArray());
        Assert.Empty(data["policy"]!["children"]!.AsArray());
        Assert.Equal(["Brandon Prelogar", "Esther Olavarria", "Kelly Ryan"], data["policy"]!["people"]!.AsArray().Select(p => (string)p!["name"]!));
        Assert.Equal(4, data["ice"]!["children"]!.AsArray().Count);
        Assert.Equal(["john-t-morton"], Slugs(data["ice"]!["people"]));
    }

    [Fact]
    public async Task A_jurisdiction_pages_its_bodies_figures_and_events_and_lists_the_statements_about_it()
    {
        var response = await api.Factory.QueryAsync("""
            { us: jurisdiction(code: "US") {
                bodies(first: 2, where: { kind: { eq: CAUCUS } }) { totalCount nodes { slug } pageInfo { hasNextPage } }
                all: bodies { totalCount }
                statistics(where: { unit: { eq: PEOPLE } }) { totalCount nodes { slug } } }
              boston: jurisdiction(code: "MA-boston") { statistics(order: [{ value: ASC }]) { nodes { slug value low } } }
              minneapolis: jurisdiction(code: "MN-minneapolis") {
                events(order: [{ startsOn: ASC }]) { totalCount nodes { slug } }
                protests: events(where: { kind: { eq: PROTEST } }) { nodes { slug } } }
              illinois: jurisdiction(code: "IL") { statements { slug } bodies { totalCount } } }
            """);

        Assert.True(response["errors"] is null, response.ToJsonString());
        var data = response["data"]!;
        Assert.Equal((2, false), ((int)data["us"]!["bodies"]!["totalCount"]!, (bool)data["us"]!["bodies"]!["pageInfo"]!["hasNextPage"]!));
        Assert.Equal(["congressional-hispanic-caucus", "progressive-caucus"], Slugs(data["us"]!["bodies"]!["nodes"]));
        Assert.Equal(22, (int)data["us"]!["all"]!["totalCount"]!);
        Assert.Equal(["obama-deportations-1-million"], Slugs(data["us"]!["statistics"]!["nodes"]));
        Assert.Equal(["boston-serious-crime-one-in-four", "boston-no-criminal-conviction-54"], Slugs(data["boston"]!["statistics"]!["nodes"]));
        Assert.Equal(
            ["campaign-meeting-2011-06-04", "legal-clinic-2011-08-27", "campaign-meeting-2011-12-17", "protest-2012-03-31", "valentines-day-protest-2014-02-14"],
            Slugs(data["minneapolis"]!["events"]!["nodes"]));
        Assert.Equal(["valentines-day-protest-2014-02-14"], Slugs(data["minneapolis"]!["protests"]!["nodes"]));
        Assert.Equal(["quinn-letter-to-ice", "icirr-illinois-dream-act"], Slugs(data["illinois"]!["statements"]));
        Assert.Equal(0, (int)data["illinois"]!["bodies"]!["totalCount"]!);
    }

    private static List<string> Slugs(JsonNode? list) => list!.AsArray().Select(n => (string)n!["slug"]!).ToList();
}
