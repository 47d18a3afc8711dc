using System.Text.Json.Nodes;

namespace Tracker.Api.Tests;

/// <summary>What the tests of the record kinds' mutations share: one rule broken at a time, ids of seeded actors, keys from global ids.</summary>
internal static class RecordInputs
{
    public static string Field(JsonNode error) => string.Join('.', error["field"]!.AsArray().Select(f => (string)f!));

    /// <summary>
    /// Sets one field of a valid input to <paramref name="json"/> (null: JSON null) and checks that the mutation is
    /// refused with exactly one error, on <paramref name="path"/> with <paramref name="code"/>, and audits nothing
    /// (<see cref="MaintainerApi.RefusedAsync"/>).
    /// </summary>
    public static async Task RefusedOnlyOnAsync(this MaintainerApi api, string mutation, JsonObject input, string field, string? json, string path, string code)
    {
        input[field] = json is null ? null : JsonNode.Parse(json);

        var errors = await api.RefusedAsync(mutation, "__typename", input);

        Assert.Equal([(path, code)], errors.Select(e => (Field(e!), (string)e!["code"]!)));
    }

    /// <summary>Global ids of a seeded person, organisation and body.</summary>
    public static async Task<(string Person, string Organization, string Body)> ActorIdsAsync(this MaintainerApi api)
    {
        var ids = await api.SendAsync(null, "{ person(slug: \"chris-burbank\") { id } organization(slug: \"mirac\") { id } body(slug: \"fbi\") { id } }");
        return ((string)ids["data"]!["person"]!["id"]!, (string)ids["data"]!["organization"]!["id"]!, (string)ids["data"]!["body"]!["id"]!);
    }

    /// <summary>The database key inside a record's global id.</summary>
    public static int Key(JsonNode record)
    {
        var id = (string)record["id"]!;
        var padded = id.Replace('-', '+').Replace('_', '/').PadRight(id.Length + ((4 - (id.Length % 4)) % 4), '=');
        return int.Parse(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(padded)).Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The single audit entry a mutation left on a record.</summary>
    public static Task<Tracker.Data.Entities.AuditEntry> AuditOfAsync(this MaintainerApi api, string mutation, JsonNode record) =>
        api.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.AuditEntries, a => a.Mutation == mutation && a.ObjectId == Key(record)));
}
