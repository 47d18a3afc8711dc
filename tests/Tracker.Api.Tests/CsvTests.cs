using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Tracker.Api.Csv;
using Tracker.Api.Infrastructure;
using Tracker.Api.Maintainers;

namespace Tracker.Api.Tests;

/// <summary>CSV downloads, the shell import of signatures (dry run, apply, malformed files) and the key commands.</summary>
public sealed class CsvTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    private IConfiguration Configuration => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Tracker:DataFolder"] = api.Factory.DataFolder }).Build();

    [Fact]
    public async Task Jurisdictions_download_with_their_current_status_and_last_change()
    {
        using var client = api.Factory.CreateClient();

        using var response = await client.GetAsync("/csv/jurisdictions.csv");
        var lines = (await response.Content.ReadAsStringAsync()).ReplaceLineEndings("\n").TrimEnd().Split('\n');

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("Code,Kind,Name,PostalCode,Fips,Parent,Status,StatusSince,DateQualifier,Actor,LastChange", lines[0]);
        var minnesota = lines.Single(l => l.StartsWith("MN,", StringComparison.Ordinal));
        Assert.StartsWith("MN,STATE,Minnesota,MN,27,,REFUSED_TO_JOIN,2011-05-24,EXACT,", minnesota);
        Assert.Equal(await api.WithDbAsync(db => db.Jurisdictions.CountAsync()), lines.Length - 1);
    }

    [Fact]
    public async Task A_letters_signatories_download_in_printed_order_and_an_unknown_letter_is_404()
    {
        using var client = api.Factory.CreateClient();

        var csv = await client.GetStringAsync("/csv/letters/morton-2011-07-20/signatories.csv");
        using var missing = await client.GetAsync("/csv/letters/nope/signatories.csv");

        var lines = csv.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal("Position,PrintedName,SignatoryKind,Name,Acronym,OrganizationKind,Title,City,State,SignedOn,WithdrawnOn", lines[0]);
        Assert.StartsWith("1,ADC Michigan,ORGANIZATION,", lines[1]);
        Assert.True(lines.Length - 1 >= 213);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Import_dry_run_reports_and_saves_nothing_then_apply_saves_and_audits()
    {
        var file = Path.Combine(api.Factory.DataFolder, "import.csv");
        await File.WriteAllTextAsync(file, """
            printed_name,kind,name,state,signed_on
            Minnesota Immigrant Rights Action Committee,,,,
            "Coalition of the North, Inc.",organization,,MN,2011-05-19
            Sheriff Pat Example,person,Pat Example,MN,
            """);
        var before = await api.WithDbAsync(db => db.Signatures.CountAsync(s => s.Letter.Slug == "call-in-day-2011-06-03"));
        var dryOut = new StringWriter();

        var dry = await SignatureImport.RunAsync(["import", "signatures", "--letter", "call-in-day-2011-06-03", file, "--dry-run"], Configuration, dryOut, new StringWriter());
        var afterDry = await api.WithDbAsync(db => db.Signatures.CountAsync(s => s.Letter.Slug == "call-in-day-2011-06-03"));
        var applyOut = new StringWriter();
        var applied = await SignatureImport.RunAsync(["import", "signatures", "--letter", "call-in-day-2011-06-03", file], Configuration, applyOut, new StringWriter());
        var afterApply = await api.WithDbAsync(db => db.Signatures.CountAsync(s => s.Letter.Slug == "call-in-day-2011-06-03"));

        Assert.Equal(0, dry);
        Assert.Contains("row    1  MATCHED", dryOut.ToString());
        Assert.Contains("row    2  CREATED", dryOut.ToString());
        Assert.Contains("Dry run: 3 of 3 rows would be added", dryOut.ToString());
        Assert.Equal(before, afterDry);
        Assert.Equal(0, applied);
        Assert.Equal(before + 3, afterApply);
        Assert.Equal(1, await api.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Mutation == "importSignatures" && a.KeyName == "shell")));
    }

    [Theory]
    [InlineData("printed_name,kind\nGood,organization\nBad,robot\n", "line 3: kind \"robot\" is neither organization nor person.")]
    [InlineData("printed_name,signed_on\nGood,2011-13-40\n", "line 2: signed_on \"2011-13-40\" is not a date YYYY-MM-DD.")]
    [InlineData("name,kind\nX,person\n", "line 1: the header has no printed_name column.")]
    [InlineData("printed_name,colour\nX,red\n", "line 1: unknown column \"colour\"")]
    [InlineData("printed_name\n\"unterminated\n", "line 2: malformed CSV near \"unterminated\".")]
    [InlineData("printed_name,kind\n\"two\nlines\",person\n\"x,y\n", "line 4: 1 field, but the header has 2.")]
    [InlineData("printed_name,kind,city\nShort row,organization\n", "line 2: 2 fields, but the header has 3.")]
    [InlineData("printed_name,kind\nLong row,organization,Duluth,MN\n", "line 2: 4 fields, but the header has 2.")]
    [InlineData("printed_name\n\"\u0001\u0002binary\u0003\" junk that goes on and on and on and on and on\n", "line 2: malformed CSV near \"binary \" junk that goes on and on and...\".")]
    public async Task A_malformed_file_names_its_line_and_imports_nothing(string content, string message)
    {
        var file = Path.Combine(api.Factory.DataFolder, $"bad-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, content);
        var before = await api.WithDbAsync(db => db.Signatures.CountAsync());
        var error = new StringWriter();

        var exit = await SignatureImport.RunAsync(["import", "signatures", "--letter", "morton-2011-07-20", file], Configuration, new StringWriter(), error);

        Assert.Equal(1, exit);
        Assert.Contains(message, error.ToString());
        Assert.Contains("Nothing was imported.", error.ToString());
        Assert.Equal(before, await api.WithDbAsync(db => db.Signatures.CountAsync()));
    }

    [Fact]
    public async Task The_readme_import_example_prints_what_readme_says()
    {
        var readme = (await File.ReadAllTextAsync(Paths.Readme)).ReplaceLineEndings("\n");
        var csvStart = readme.IndexOf("cat > new-signers.csv <<'CSV'\n", StringComparison.Ordinal) + "cat > new-signers.csv <<'CSV'\n".Length;
        var csv = readme[csvStart..readme.IndexOf("\nCSV\n", csvStart, StringComparison.Ordinal)];
        var promised = readme[csvStart..].Split('\n').SkipWhile(l => !l.StartsWith("# row", StringComparison.Ordinal))
            .TakeWhile(l => l.StartsWith("# ", StringComparison.Ordinal)).Select(l => l[2..]).ToList();
        var file = Path.Combine(api.Factory.DataFolder, "new-signers.csv");
        await File.WriteAllTextAsync(file, csv + "\n");
        var output = new StringWriter();

        var exit = await SignatureImport.RunAsync(["import", "signatures", "--letter", "morton-2011-07-20", file, "--dry-run"], Configuration, output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Equal(5, promised.Count);
        Assert.Equal(promised, output.ToString().ReplaceLineEndings("\n").TrimEnd().Split('\n'));
    }

    [Fact]
    public void Shell_commands_hand_the_host_only_the_servers_settings()
    {
        string[] args = ["import", "signatures", "--letter", "x", "--dry-run", "--Tracker:DataFolder", "/data", "f.csv", "--ConnectionStrings:Tracker=Host=db", "--urls=http://*:1"];

        Assert.Equal(["--Tracker:DataFolder", "/data", "--ConnectionStrings:Tracker=Host=db", "--urls=http://*:1"], ShellCommandLine.SettingsOnly(args));
    }

    [Theory]
    [InlineData("--dryrun")]
    [InlineData("--dry-run", "--force")]
    public async Task An_unknown_option_is_refused_before_anything_is_read(params string[] options)
    {
        var file = Path.Combine(api.Factory.DataFolder, $"fine-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "printed_name\nA group nobody has heard of\n");
        var before = await api.WithDbAsync(db => db.Signatures.CountAsync());
        var error = new StringWriter();

        var exit = await SignatureImport.RunAsync(["import", "signatures", "--letter", "morton-2011-07-20", file, .. options], Configuration, new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains($"unknown option \"{options[^1]}\"", error.ToString());
        Assert.Equal(before, await api.WithDbAsync(db => db.Signatures.CountAsync()));
    }

    [Fact]
    public async Task Key_commands_create_list_and_revoke()
    {
        var created = new StringWriter();
        var exit = await KeyCommands.RunAsync(["keys", "create", "--name", "shell-made", "--role", "maintainer"], Configuration, created, new StringWriter());
        var secret = created.ToString().Trim().Split('\n')[^1].Trim();
        var works = await api.SendAsync(secret, "{ auditLog { totalCount } }");
        var listed = new StringWriter();
        await KeyCommands.RunAsync(["keys", "list"], Configuration, listed, new StringWriter());
        var revoke = await KeyCommands.RunAsync(["keys", "revoke", "--name", "shell-made"], Configuration, new StringWriter(), new StringWriter());
        var refused = await api.SendAsync(secret, "{ auditLog { totalCount } }");
        var unknown = await KeyCommands.RunAsync(["keys", "revoke", "--name", "nobody"], Configuration, new StringWriter(), new StringWriter());
        var usage = await KeyCommands.RunAsync(["keys", "create", "--name", "x", "--role", "superuser"], Configuration, new StringWriter(), new StringWriter());

        Assert.Equal(0, exit);
        Assert.Null(works["errors"]);
        Assert.Contains("shell-made", listed.ToString());
        Assert.DoesNotContain(secret, listed.ToString());
        Assert.Equal(0, revoke);
        Assert.Equal("UNAUTHENTICATED", (string)refused["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal(1, unknown);
        Assert.Equal(2, usage);
    }
}
