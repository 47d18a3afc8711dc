namespace Tracker.Api.Tests;

/// <summary>
/// PostgreSQL enforces column lengths that SQLite does not: texts over a limit must be refused by the mutation's
/// own checks, as typed errors, never reach the database as an unexpected error.
/// </summary>
public sealed class PostgresMutationTests(PostgresMaintainerApi api) : IClassFixture<PostgresMaintainerApi>
{
    [Fact]
    public async Task A_stage_description_over_its_limit_is_a_validation_error()
    {
        var legislation = await api.MutateAsync("recordLegislation", "legislation { id version }", new
        {
            slug = "pg-long-stage", jurisdiction = "MN", title = "Long stage", kind = "BILL", stance = "LIMITS_PARTICIPATION",
            stages = new[] { new { stage = "INTRODUCED", date = "2011-02-18" } }, sources = new[] { new { source = "mirac-blog" } },
        });

        var errors = await api.RefusedAsync("addLegislationStage", "legislation { id }", new
        {
            id = (string)legislation["legislation"]!["id"]!, version = (int)legislation["legislation"]!["version"]!,
            stage = new { stage = "PASSED", date = "2011-05-01", description = new string('d', 4001) }, sources = new[] { new { source = "mirac-blog" } },
        });

        Assert.Equal("ValidationError", (string)errors[0]!["__typename"]!);
        Assert.Equal(["input", "stage", "description"], errors[0]!["field"]!.AsArray().Select(f => (string)f!));
    }

    [Fact]
    public async Task A_signature_row_too_long_for_a_new_signatory_is_invalid_and_nothing_is_created()
    {
        var payload = await api.MutateAsync("addSignatures", "added rows { outcome }", new { letter = "morton-2011-07-20", signatures = new[] { new { printedName = new string('y', 1000), kind = "PERSON" } } });

        Assert.Equal(0, (int)payload["added"]!);
        Assert.Equal("INVALID", (string)payload["rows"]![0]!["outcome"]!);
    }

    [Fact]
    public async Task Merged_notes_too_long_together_are_a_validation_error()
    {
        var survivor = await api.MutateAsync("createOrganization", "organization { id version }", new { name = "Long Notes Survivor", kind = "OTHER" });
        var merged = await api.MutateAsync("createOrganization", "organization { id version }", new { name = "Long Notes Merged", kind = "OTHER" });
        var noted = await api.MutateAsync("updateOrganization", "organization { version }", new { id = (string)survivor["organization"]!["id"]!, version = 1, notes = new string('n', 3990) });

        var errors = await api.RefusedAsync("mergeOrganizations", "organization { id }", new
        {
            survivor = (string)survivor["organization"]!["id"]!, survivorVersion = (int)noted["organization"]!["version"]!,
            merged = (string)merged["organization"]!["id"]!, mergedVersion = 1,
        });

        Assert.Equal("ValidationError", (string)errors[0]!["__typename"]!);
        Assert.StartsWith("Together the two organisations' notes would have", (string)errors[0]!["message"]!);
    }
}
