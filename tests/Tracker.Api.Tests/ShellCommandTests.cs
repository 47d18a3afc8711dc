using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Tracker.Api.Shell;

namespace Tracker.Api.Tests;

/// <summary>The shell commands' command line: help, typed and required options, usage errors, and README's example as written.</summary>
public sealed class ShellCommandTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    private IConfiguration Configuration => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Tracker:DataFolder"] = api.Factory.DataFolder }).Build();

    [Fact]
    public async Task An_option_with_no_value_is_a_usage_error_and_creates_no_key()
    {
        var error = new StringWriter();

        var exit = await ShellCommands.RunAsync(["keys", "create", "--name", "--role", "admin"], Configuration, new StringWriter(), error);

        Assert.Equal(ShellCommands.UsageError, exit);
        Assert.Contains("--name", error.ToString());
        Assert.Equal(0, await api.WithDbAsync(db => db.ApiKeys.CountAsync(k => k.Name == "--role")));
    }

    [Theory]
    [InlineData("keys", "list", "--verbose")]
    [InlineData("keys", "create", "--name", "x", "--role", "admin", "extra")]
    [InlineData("keys")]
    [InlineData("keys", "remove", "--name", "x")]
    [InlineData("import", "letters", "file.csv")]
    public async Task Unknown_options_words_and_missing_commands_are_usage_errors(params string[] args)
    {
        var error = new StringWriter();

        var exit = await ShellCommands.RunAsync(args, Configuration, new StringWriter(), error);

        Assert.Equal(ShellCommands.UsageError, exit);
        Assert.Contains("--help\" for usage", error.ToString());
    }

    [Fact]
    public async Task Help_describes_the_server_and_every_command_and_the_options_of_each()
    {
        var top = new StringWriter();
        var import = new StringWriter();

        var topExit = await ShellCommands.RunAsync(["--help"], Configuration, top, new StringWriter());
        var importExit = await ShellCommands.RunAsync(["import", "signatures", "--help"], Configuration, import, new StringWriter());

        Assert.True(ShellCommands.Handles(["--help"]));
        Assert.Equal(0, topExit);
        Assert.Contains("Without a command it starts serving", top.ToString());
        Assert.Contains("keys", top.ToString());
        Assert.Contains("import", top.ToString());
        Assert.Equal(0, importExit);
        Assert.Contains("--letter", import.ToString());
        Assert.Contains("--dry-run", import.ToString());
        Assert.Contains("--as", import.ToString());
    }

    /// <summary>
    /// The server's settings may come before the command as well as after it: <c>-- --Tracker:DataFolder=D keys
    /// create ...</c> runs the command instead of starting the server with the command's words ignored.
    /// </summary>
    [Theory]
    [InlineData("--Tracker:DataFolder=/tmp/x", "keys", "list")]
    [InlineData("--Tracker:DataFolder", "/tmp/x", "import", "signatures", "--help")]
    [InlineData("--urls=http://127.0.0.1:1", "--help")]
    public void Settings_before_the_command_still_name_a_command(params string[] args) =>
        Assert.True(ShellCommands.Handles(args));

    [Theory]
    [InlineData("kyes", "list")]
    [InlineData("--Tracker:DataFolder=/tmp/x", "import-signatures")]
    [InlineData("--dry-run")]
    public async Task A_word_or_option_no_command_knows_is_refused_instead_of_starting_the_server(params string[] args)
    {
        var error = new StringWriter();

        var exit = await ShellCommands.RunAsync(args, Configuration, new StringWriter(), error);

        Assert.True(ShellCommands.Handles(args));
        Assert.Equal(ShellCommands.UsageError, exit);
        Assert.Contains("Run \"--help\" for usage.", error.ToString());
    }

    [Theory]
    [InlineData("import", "signatures", "--letter", "morton-2011-07-20", "f.csv", "--as")]
    [InlineData("import", "signatures", "--letter", "morton-2011-07-20", "f.csv", "--dry-run", "--as")]
    [InlineData("import", "signatures", "--letter", "morton-2011-07-20", "--as")]
    public async Task A_bare_as_is_a_usage_error_not_a_crash(params string[] args)
    {
        var error = new StringWriter();

        var exit = await ShellCommands.RunAsync(args, Configuration, new StringWriter(), error);

        Assert.Equal(ShellCommands.UsageError, exit);
        Assert.Contains("--as", error.ToString());
    }

    [Fact]
    public async Task An_unknown_role_is_refused_naming_the_roles_in_plain_lines()
    {
        var error = new StringWriter();

        var exit = await ShellCommands.RunAsync(["keys", "create", "--name", "x", "--role", "superuser"], Configuration, new StringWriter(), error);

        Assert.Equal(ShellCommands.UsageError, exit);
        Assert.Contains("--role must be maintainer or admin; \"superuser\" is neither.", error.ToString());
        Assert.DoesNotContain("\\u000A", error.ToString());
        Assert.DoesNotContain("Tracker.Api", error.ToString());
    }

    [Fact]
    public void Settings_alone_start_the_server() =>
        Assert.False(ShellCommands.Handles(["--Tracker:DataFolder=/tmp/x", "--urls", "http://127.0.0.1:1"]));

    [Fact]
    public async Task Options_may_be_given_with_an_equals_sign_beside_the_servers_settings()
    {
        var file = Path.Combine(api.Factory.DataFolder, $"equals-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "printed_name\nA group counted with equals signs\n");
        var output = new StringWriter();

        var exit = await ShellCommands.RunAsync(["import", "signatures", "--letter=morton-2011-07-20", file, "--dry-run", $"--Tracker:DataFolder={api.Factory.DataFolder}"], Configuration, output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Contains("Dry run: 1 of 1 rows would be added to \"morton-2011-07-20\"", output.ToString());
    }

    /// <summary>
    /// README's example exactly as printed (its file, its dry-run line, the report it shows), run by `dotnet run`
    /// from another folder holding the file: the file is found where the caller named it (dotnet run would
    /// otherwise start the program in the project's folder), on a freshly seeded database.
    /// </summary>
    [Fact]
    public async Task Readmes_import_example_runs_as_written_from_the_callers_folder()
    {
        var readme = await File.ReadAllTextAsync(Paths.Readme);
        var example = readme[readme.IndexOf("cat > new-signers.csv <<'CSV'\n", StringComparison.Ordinal)..];
        var csv = example.Split('\n').Skip(1).TakeWhile(l => l != "CSV").Select(l => l + "\n");
        var command = example.Split('\n').First(l => l.StartsWith("dotnet run --project src/Tracker.Api -- import signatures", StringComparison.Ordinal));
        var expected = example.Split('\n').SkipWhile(l => l != command).Skip(1).TakeWhile(l => l.StartsWith("# ", StringComparison.Ordinal)).Select(l => l[2..]).ToList();
        var caller = Directory.CreateTempSubdirectory("tracker-shell-").FullName;
        await File.WriteAllTextAsync(Path.Combine(caller, "new-signers.csv"), string.Concat(csv));
        var arguments = command["dotnet ".Length..].Replace("--project src/Tracker.Api", $"--no-build {ChildProcess.Configuration} --project {Path.Combine(Paths.Root, "src", "Tracker.Api")}", StringComparison.Ordinal);

        var (exit, output, error) = await ChildProcess.RunDotnetAsync(caller, $"{arguments} --Tracker:DataFolder={Path.Combine(caller, "data")}");

        Assert.Contains("--dry-run", command);
        Assert.True(exit == 0, $"exit {exit}: {error}");
        Assert.Equal(5, expected.Count);
        Assert.Equal(expected, output.ReplaceLineEndings("\n").TrimEnd().Split('\n').Select(l => l.TrimEnd()));
        Directory.Delete(caller, recursive: true);
    }
}
