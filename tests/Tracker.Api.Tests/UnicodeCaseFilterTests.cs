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

public sealed class UnicodeCaseFilterTests(MaintainerApi api) : UnicodeCaseFilterTestsBase(api), IClassFixture<MaintainerApi>;

public sealed class PostgresUnicodeCaseFilterTests(PostgresMaintainerApi api) : UnicodeCaseFilterTestsBase(api), IClassFixture<PostgresMaintainerApi>;
