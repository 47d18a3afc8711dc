using System.Text.Json.Nodes;

namespace Tracker.Api.Tests;

/// <summary>
/// The record kinds' mutations on PostgreSQL, which enforces what SQLite does not (column lengths, the actor links'
/// one-owner check when links are replaced): a create with actors, an update replacing them, and a text over its
/// column's length refused by the mutation's own check.
/// </summary>
public sealed class PostgresRecordMutationTests(PostgresMaintainerApi api) : IClassFixture<PostgresMaintainerApi>
{
    [Fact]
    public async Task An_event_with_actors_is_created_and_its_actors_replaced()
    {
        var ids = await api.ActorIdsAsync();
        var created = (await api.MutateAsync("createEvent", "event { id version }", new
        {
            slug = "pg-vigil-2011", kind = "PROTEST", title = "Vigil", description = "A vigil at the county jail.",
            startsOn = new { on = "2011-06-03" }, jurisdiction = "MN-hennepin-county", targets = new[] { "MN" },
            organizers = new[] { ids.Organization, ids.Person }, sponsors = new[] { ids.Body }, sources = new[] { new { source = "mirac-blog" } },
        }))["event"]!;

        var updated = (await api.MutateAsync("updateEvent", "event { version targets { code } }", new { id = (string)created["id"]!, version = 1, organizers = new[] { ids.Body }, targets = Array.Empty<string>() }))["event"]!;

        var key = RecordInputs.Key(created);
        var roles = await api.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.ActorLinks.Where(a => a.EventId == key).Select(a => a.Role)));
        Assert.Equal(2, (int)updated["version"]!);
        Assert.Empty(updated["targets"]!.AsArray());
        Assert.Equal([Tracker.Data.Entities.ActorRole.Sponsor, Tracker.Data.Entities.ActorRole.Organizer], roles.Order());
    }

    [Fact]
    public async Task An_event_given_its_own_values_actors_and_targets_again_is_unchanged()
    {
        var ids = await api.ActorIdsAsync();
        var fields = new
        {
            kind = "PROTEST", title = "Vigil", description = "A vigil at the county jail.", startsOn = new { on = "2011-06-03" }, jurisdiction = "MN-hennepin-county",
            targets = new[] { "MN" }, organizers = new[] { ids.Organization, ids.Person }, sponsors = new[] { ids.Body },
        };
        var created = (await api.MutateAsync("createEvent", "event { id }", new
        {
            slug = "pg-unchanged-2011", fields.kind, fields.title, fields.description, fields.startsOn, fields.jurisdiction, fields.targets, fields.organizers, fields.sponsors,
            sources = new[] { new { source = "mirac-blog" } },
        }))["event"]!;
        var audits = await api.AuditCountAsync();

        var response = await api.SendAsync(api.Maintainer, "mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { event { version } errors { message } } }", new
        {
            input = new { id = (string)created["id"]!, version = 1, fields.kind, fields.title, fields.description, fields.startsOn, fields.jurisdiction, fields.targets, fields.organizers, fields.sponsors },
        });

        Assert.True(response["errors"] is null, response.ToJsonString());
        Assert.Empty(response["data"]!["updateEvent"]!["errors"]!.AsArray());
        Assert.Equal(1, (int)response["data"]!["updateEvent"]!["event"]!["version"]!);
        Assert.Equal(audits, await api.AuditCountAsync());
    }

    [Fact]
    public async Task A_statement_over_its_column_length_is_a_validation_error()
    {
        var errors = await api.RefusedAsync("recordStatement", "statement { id }", new JsonObject
        {
            ["slug"] = "pg-long-statement", ["kind"] = "QUOTE", ["text"] = new string('w', 8001),
            ["sources"] = new JsonArray(new JsonObject { ["source"] = "mirac-blog" }),
        });

        Assert.Equal(("input.text", "INVALID_INPUT"), (RecordInputs.Field(errors[0]!), (string)errors[0]!["code"]!));
    }
}
