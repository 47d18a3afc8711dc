namespace Tracker.Api.Tests;

/// <summary>
/// Messages name things as the schema does: enum members as clients write them (QUOTE, SIGN_ON_LETTER, not the
/// server's Quote, SignOnLetter), and an item of a list by its list and index (<c>aliases[1]</c>), not a bare "1".
/// </summary>
public sealed class SchemaNamedMessageTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    private static (string Field, string Message) Only(System.Text.Json.Nodes.JsonArray errors) =>
        (RecordInputs.Field(Assert.Single(errors)!), (string)errors[0]!["message"]!);

    [Fact]
    public async Task An_enum_member_in_a_message_is_spelt_as_the_schema_spells_it()
    {
        var statement = await api.RefusedAsync("recordStatement", "__typename", new
        {
            slug = "quote-with-action", kind = "QUOTE", action = "AUDIT", text = "We will keep honouring detainers.", sources = new[] { new { source = "mirac-blog" } },
        });
        var petition = await api.RefusedAsync("createDeportationCase", "__typename", new
        {
            slug = "case-with-letter", name = "Sothy Kum", petitions = new[] { "morton-2011-07-20" }, sources = new[] { new { source = "mirac-blog" } },
        });

        Assert.Equal(("input.action", "Only an ACTION has \"action\"; a QUOTE has none."), Only(statement));
        Assert.Equal(("input.petitions.0", "\"morton-2011-07-20\" is not a petition (it is a SIGN_ON_LETTER); only letters of kind PETITION can be a case's petitions."), Only(petition));
    }

    [Fact]
    public async Task An_empty_list_item_is_named_by_its_list_and_index()
    {
        var body = await api.RefusedAsync("createBody", "__typename", new { slug = "empty-alias-body", name = "Task force", kind = "AGENCY", jurisdiction = "US", aliases = new[] { "TF", "  " } });
        var letter = await api.RefusedAsync("createLetter", "__typename", new
        {
            slug = "empty-cc-letter", title = "A letter", kind = "SIGN_ON_LETTER", cc = new[] { "Governor", "" }, sources = new[] { new { source = "mirac-blog" } },
        });

        Assert.Equal(("input.aliases.1", "\"aliases[1]\" must not be empty."), Only(body));
        Assert.Equal(("input.cc.1", "\"cc[1]\" must not be empty."), Only(letter));
    }
}
