namespace Tracker.Api.Tests;

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
