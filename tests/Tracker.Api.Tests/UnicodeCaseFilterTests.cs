namespace Tracker.Api.Tests;

/// <summary>
/// <c>contains</c> and <c>startsWith</c> ignore case by Unicode's rules, not ASCII's: SQL's <c>lower()</c> (SQLite's,
/// and PostgreSQL's under the "C" collation of every column) left "Á" as it was while the text looked for was lowered
/// to "á", so a name with an accented capital was found by no spelling of it, not even its own. The same tests run on
/// SQLite and PostgreSQL.
/// </summary>
public abstract class UnicodeCaseFilterTestsBase(MaintainerApi api)
{
    private const string Name = "Álvarez Ünited Center";

    /// <summary>Letters .NET and PostgreSQL's ICU lower differently: "İ" (.NET keeps it), a word's last "Σ" (ICU's "ς").</summary>
    private const string OtherName = "İzmir Hellenic ΣΑΣ Club";

    private async Task<int> OrganizationsAsync(string filter, string text, string name = Name)
    {
        // Made by whichever test of the class runs first (they run one at a time), found by the others.
        var existing = await api.SendAsync(null, "{ organization(slug: \"alvarez-united-center\") { name } }");
        if (existing["data"]?["organization"] is null)
        {
            await api.MutateAsync("createOrganization", "organization { name }", new { slug = "alvarez-united-center", name = Name, kind = "NONPROFIT" });
            await api.MutateAsync("createOrganization", "organization { name }", new { slug = "izmir-hellenic-club", name = OtherName, kind = "NONPROFIT" });
        }
        var found = await api.SendAsync(null, "query ($text: String!) { organizations(where: { name: { " + filter + ": $text } }) { nodes { name } } }", new { text });
        Assert.True(found["errors"] is null, found.ToJsonString());
        return found["data"]!["organizations"]!["nodes"]!.AsArray().Count(o => (string)o!["name"]! == name);
    }

    [Theory]
    [InlineData("contains", "İzmir")]
    [InlineData("startsWith", "İZMIR")]
    [InlineData("contains", "ΣΑΣ")]
    [InlineData("contains", "ΣΑΣ CLUB")]
    [InlineData("contains", "σας")]
    [InlineData("contains", "σασ")]
    [InlineData("contains", "HELLENIC")]
    public async Task Letters_lowered_differently_by_net_and_icu_still_find_their_own_spelling(string filter, string text) =>
        Assert.Equal(1, await OrganizationsAsync(filter, text, OtherName));

    [Theory]
    [InlineData("contains", "Álvarez")]
    [InlineData("contains", "álvarez")]
    [InlineData("contains", "ÁLVAREZ ÜNITED")]
    [InlineData("contains", "ünited center")]
    [InlineData("startsWith", "álvarez ü")]
    [InlineData("startsWith", "ÁLV")]
    [InlineData("contains", "CENTER")]
    public async Task A_name_with_accented_capitals_is_found_by_any_case_of_it(string filter, string text) =>
        Assert.Equal(1, await OrganizationsAsync(filter, text));

    [Theory]
    [InlineData("contains", "alvarez")]
    [InlineData("startsWith", "Ünited")]
    public async Task Accents_still_count_and_starts_still_start(string filter, string text) =>
        Assert.Equal(0, await OrganizationsAsync(filter, text));
}

/// <summary>
/// A filter's text is bounded before anything is translated (<c>Operation.MaxFilterTextLength</c>): SQLite refuses a
/// <c>LIKE</c> pattern of 50,000 bytes, and a <c>startsWith</c> that long was an internal error there.
/// </summary>
public abstract class FilterTextLimitTestsBase(MaintainerApi api)
{
    [Theory]
    [InlineData("startsWith", 50_000)]
    [InlineData("contains", 200_000)]
    [InlineData("eq", 1_001)]
    public async Task A_text_too_long_for_a_filter_is_refused_before_the_database_sees_it(string filter, int length)
    {
        var refused = await api.SendAsync(null, "query ($t: String) { organizations(where: { name: { " + filter + ": $t } }) { totalCount } }", new { t = new string('a', length) });

        Assert.Null(refused["data"]);
        var error = Assert.Single(refused["errors"]!.AsArray())!;
        Assert.Equal("FILTER_TEXT_TOO_LONG", (string)error["extensions"]!["code"]!);
        Assert.Equal($"A text in the filter \"Query.organizations(where:)\" is {length} characters long; at most 1000 are allowed.", (string)error["message"]!);
    }

    [Fact]
    public async Task A_text_at_the_limit_is_answered()
    {
        var answered = await api.SendAsync(null, "query ($t: String) { organizations(where: { name: { startsWith: $t } }) { totalCount } }", new { t = new string('%', 1_000) });

        Assert.True(answered["errors"] is null, answered.ToJsonString());
        Assert.Equal(0, (int)answered["data"]!["organizations"]!["totalCount"]!);
    }
}

public sealed class FilterTextLimitTests(MaintainerApi api) : FilterTextLimitTestsBase(api), IClassFixture<MaintainerApi>;

public sealed class PostgresFilterTextLimitTests(PostgresMaintainerApi api) : FilterTextLimitTestsBase(api), IClassFixture<PostgresMaintainerApi>;

public sealed class UnicodeCaseFilterTests(MaintainerApi api) : UnicodeCaseFilterTestsBase(api), IClassFixture<MaintainerApi>;

public sealed class PostgresUnicodeCaseFilterTests(PostgresMaintainerApi api) : UnicodeCaseFilterTestsBase(api), IClassFixture<PostgresMaintainerApi>;
