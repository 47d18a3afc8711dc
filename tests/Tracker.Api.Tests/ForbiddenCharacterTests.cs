using System.Text.Json.Nodes;

namespace Tracker.Api.Tests;

/// <summary>
/// One rule for every text input of every mutation, old kinds and new (README, "The record's kinds"): bidirectional
/// controls and the zero-width characters that only hide things are refused on the field, named by code point and
/// never echoed; the zero-width joiner and non-joiner, which some scripts need, are kept.
/// </summary>
public sealed class ForbiddenCharacterTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    private static JsonObject NewBody(string slug, string name) => new() { ["slug"] = slug, ["name"] = name, ["kind"] = "AGENCY", ["jurisdiction"] = "US" };

    [Theory]
    [InlineData("\u202E", "bidirectional control U+202E")]
    [InlineData("\u2067", "bidirectional control U+2067")]
    [InlineData("\u200F", "bidirectional control U+200F")]
    [InlineData("\u061C", "bidirectional control U+061C")]
    [InlineData("\u200B", "zero-width character U+200B")]
    [InlineData("\u2060", "zero-width character U+2060")]
    [InlineData("\uFEFF", "zero-width character U+FEFF")]
    public async Task A_new_kind_refuses_the_character_on_its_field_by_code_point(string character, string named)
    {
        var errors = await api.RefusedAsync("createBody", "__typename", NewBody("evil-body-" + ((int)character[0]).ToString("x4"), $"Office {character}gnp.exe"));

        Assert.Equal([("input.name", "INVALID_INPUT")], errors.Select(e => (RecordInputs.Field(e!), (string)e!["code"]!)));
        Assert.Equal($"\"name\" contains the {named}; remove it.", (string)errors[0]!["message"]!);
    }

    [Fact]
    public async Task The_old_kinds_and_list_items_refuse_it_too()
    {
        var organization = await api.RefusedAsync("createOrganization", "__typename", new { name = "Casa\u200B de Maryland", kind = "OTHER" });
        var alias = await api.RefusedAsync("createOrganization", "__typename", new { name = "Casa de Maryland", kind = "OTHER", aliases = new[] { "CASA", "\u202ECASA" } });

        Assert.Equal(("input.name", "\"name\" contains the zero-width character U+200B; remove it."), (RecordInputs.Field(organization[0]!), (string)organization[0]!["message"]!));
        Assert.Equal(("input.aliases.1", "\"aliases[1]\" contains the bidirectional control U+202E; remove it."), (RecordInputs.Field(alias[0]!), (string)alias[0]!["message"]!));
    }

    [Fact]
    public async Task The_zero_width_joiner_and_non_joiner_are_kept()
    {
        // Malayalam's chillu spelt with ZWJ, and Persian's "mi-khaham" with ZWNJ: both need the joiner to be written right.
        const string name = "\u0D15\u0D4D\u200D \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645";

        var created = await api.MutateAsync("createBody", "body { name }", NewBody("joiner-body", name));

        Assert.Equal(name, (string)created["body"]!["name"]!);
    }

    /// <summary>
    /// A refused value that a message quotes back is shown with its control and bidi characters escaped, whichever
    /// check wrote the message: here an unknown source's slug (a lookup) and a body's unknown jurisdiction.
    /// </summary>
    [Fact]
    public async Task A_quoted_value_comes_back_with_its_controls_escaped()
    {
        var body = NewBody("escaped-echo-body", "Office of Echoes");
        body["jurisdiction"] = "Z\u202EZ\u001B[2J";
        body["sources"] = new JsonArray(new JsonObject { ["source"] = "mirac\u202E\u001B[2J", ["quote"] = "a passage" });

        var errors = await api.RefusedAsync("createBody", "__typename", body);

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.DoesNotContain((string)e!["message"]!, c => char.IsControl(c) || c is '\u202E'));
        Assert.Contains(errors, e => ((string)e!["message"]!).Contains("mirac\\u202E\\u001B[2J", StringComparison.Ordinal));
    }
}
