namespace Tracker.Api.Tests;

/// <summary>
/// An update's <c>null</c> clears a field (README, "The record's kinds"); a kind or unit the record cannot be
/// without is refused on its field instead, and nothing changes (it was once read as "keep" and the version moved on).
/// </summary>
public sealed class RequiredValueUpdateTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    [Theory]
    [InlineData("updateEvent", "events", "kind")]
    [InlineData("updateBody", "bodies", "kind")]
    [InlineData("updateStatement", "statements", "kind")]
    [InlineData("updateStatistic", "statistics", "unit")]
    public async Task A_null_kind_or_unit_is_refused_on_its_field_and_changes_nothing(string mutation, string list, string field)
    {
        var read = await api.SendAsync(null, $"{{ {list}(first: 1) {{ nodes {{ id version {field} }} }} }}");
        var record = read["data"]![list]!["nodes"]![0]!;
        var (id, version) = ((string)record["id"]!, (int)record["version"]!);

        var errors = await api.RefusedAsync(mutation, "__typename", new Dictionary<string, object?> { ["id"] = id, ["version"] = version, [field] = null });

        Assert.Equal([($"input.{field}", "INVALID_INPUT")], errors.Select(e => (RecordInputs.Field(e!), (string)e!["code"]!)));
        var reread = await api.SendAsync(null, $"{{ {list}(first: 1) {{ nodes {{ id version {field} }} }} }}");
        Assert.Equal(version, (int)reread["data"]![list]!["nodes"]![0]!["version"]!);
        Assert.Equal((string)record[field]!, (string)reread["data"]![list]!["nodes"]![0]![field]!);
    }
}
