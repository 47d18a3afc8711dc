using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tracker.Api.Csv;
using Tracker.Api.Shell;
using Microsoft.Extensions.Configuration;

namespace Tracker.Api.Tests;

/// <summary>
/// Text is stored in NFC whatever form it was typed in, and the <c>where</c> string filters compare the NFC form of
/// their argument: "Comité" typed with a combining accent (e + U+0301) and typed composed (U+00E9) are one text.
/// </summary>
public sealed class ComposedTextWriteTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    private const string Decomposed = "Comite\u0301 de Apoyo X";
    private const string Composed = "Comit\u00e9 de Apoyo X";

    private async Task<int> OrganizationsNamed(string filter, string text)
    {
        var found = await api.SendAsync(null, "query ($name: String!) { organizations(where: { name: { " + filter + ": $name } }) { totalCount } }", new { name = text });
        Assert.True(found["errors"] is null, found.ToJsonString());
        return (int)found["data"]!["organizations"]!["totalCount"]!;
    }

    [Fact]
    public async Task A_signature_printed_with_a_combining_accent_is_stored_composed_and_found_by_either_spelling()
    {
        var added = await api.SendAsync(api.Maintainer, "mutation ($name: String!) { addSignatures(input: { letter: \"restoring-community-report\", signatures: [{ printedName: $name }] }) { added rows { outcome signature { printedName } } } }", new { name = Decomposed });

        Assert.True(added["errors"] is null, added.ToJsonString());
        var row = added["data"]!["addSignatures"]!["rows"]![0]!;
        Assert.Equal("CREATED", (string)row["outcome"]!);
        Assert.Equal(Composed, (string)row["signature"]!["printedName"]!);
        Assert.Equal(1, await api.WithDbAsync(db => db.Organizations.CountAsync(o => o.Name == Composed)));
        Assert.Equal(0, await api.WithDbAsync(db => db.Organizations.CountAsync(o => o.Name == Decomposed)));
        Assert.Equal(1, await api.WithDbAsync(db => db.Signatures.CountAsync(s => s.PrintedName == Composed)));
        Assert.Equal(1, await OrganizationsNamed("eq", Composed));
        Assert.Equal(1, await OrganizationsNamed("eq", Decomposed));
        Assert.Equal(1, await OrganizationsNamed("startsWith", "Comite\u0301 de"));
    }

    [Fact]
    public async Task A_filter_written_with_a_combining_accent_finds_the_seeded_composed_name()
    {
        var found = await api.SendAsync(null, """
            query ($part: String!, $whole: String!) {
              contains: people(where: { name: { contains: $part } }) { nodes { name } }
              listed: people(where: { name: { in: [$whole] } }) { nodes { name } }
              other: people(where: { and: [{ name: { neq: $whole } }, { name: { startsWith: "Isaac Mart" } }] }) { totalCount }
            }
            """, new { part = "Marti\u0301n", whole = "Isaac Marti\u0301n" });

        Assert.True(found["errors"] is null, found.ToJsonString());
        Assert.Contains(found["data"]!["contains"]!["nodes"]!.AsArray(), p => (string)p!["name"]! == "Isaac Mart\u00edn");
        Assert.Equal(["Isaac Mart\u00edn"], found["data"]!["listed"]!["nodes"]!.AsArray().Select(p => (string)p!["name"]!));
        Assert.Equal(0, (int)found["data"]!["other"]!["totalCount"]!);
    }

    [Fact]
    public async Task Every_text_of_a_created_record_is_stored_composed()
    {
        var created = await api.MutateAsync("createOrganization", "organization { name city aliases }", new
        {
            slug = "centro-nfc-probe", name = "Centro Jose\u0301 Marti\u0301", kind = "NONPROFIT", city = "Sa\u0303o Paulo", aliases = new[] { "Jose\u0301 Marti\u0301 Center" },
        });

        Assert.Equal("Centro Jos\u00e9 Mart\u00ed", (string)created["organization"]!["name"]!);
        Assert.Equal("S\u00e3o Paulo", (string)created["organization"]!["city"]!);
        Assert.Equal(["Jos\u00e9 Mart\u00ed Center"], created["organization"]!["aliases"]!.AsArray().Select(a => (string)a!));
        Assert.Equal(1, await api.WithDbAsync(db => db.Organizations.CountAsync(o => o.Name == "Centro Jos\u00e9 Mart\u00ed" && o.City == "S\u00e3o Paulo")));
    }

    [Fact]
    public async Task The_signature_import_stores_its_text_composed()
    {
        var letter = "nfc-import-letter";
        await api.MutateAsync("createLetter", "letter { id }", new { slug = letter, title = "NFC import probe", kind = "SIGN_ON_LETTER", writtenOn = "2011-05-01", sources = new[] { new { source = "mirac-blog" } } });
        var file = Path.Combine(api.Factory.DataFolder, "nfc-import.csv");
        await File.WriteAllTextAsync(file, "printed_name,kind,name,state,signed_on\nAsociacio\u0301n Nin\u0303os,organization,,MN,2011-05-19\n");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Tracker:DataFolder"] = api.Factory.DataFolder }).Build();

        var exit = await ShellCommands.RunAsync(["import", "signatures", "--letter", letter, file, "--as", "maria"], configuration, new StringWriter(), new StringWriter());

        Assert.Equal(0, exit);
        Assert.Equal(["Asociaci\u00f3n Ni\u00f1os"], await api.WithDbAsync(db => db.Signatures.Where(s => s.Letter.Slug == letter).Select(s => s.PrintedName).ToListAsync()));
    }

    [Fact]
    public async Task The_signature_import_refuses_a_row_signed_before_the_earliest_date()
    {
        var letter = "date-limit-import-letter";
        await api.MutateAsync("createLetter", "letter { id }", new { slug = letter, title = "Date limit import probe", kind = "SIGN_ON_LETTER", writtenOn = "2011-05-01", sources = new[] { new { source = "mirac-blog" } } });
        var file = Path.Combine(api.Factory.DataFolder, "date-limit-import.csv");
        await File.WriteAllTextAsync(file, "printed_name,kind,name,state,signed_on\nOld Date Group,organization,,MN,0211-05-19\n");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Tracker:DataFolder"] = api.Factory.DataFolder }).Build();
        var output = new StringWriter();

        await ShellCommands.RunAsync(["import", "signatures", "--letter", letter, file, "--as", "maria"], configuration, output, new StringWriter());

        Assert.Contains("The signing date 0211-05-19 is before 1950-01-01", output.ToString());
        Assert.Equal(0, await api.WithDbAsync(db => db.Signatures.CountAsync(s => s.Letter.Slug == letter)));
    }
}
