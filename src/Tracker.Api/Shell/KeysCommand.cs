using System.CommandLine;

namespace Tracker.Api.Shell;

/// <summary>
/// <c>keys create --name NAME --role maintainer|admin</c>, <c>keys list</c>, <c>keys revoke --name NAME</c>: key
/// management from the shell, on the database the server uses. Exit codes: 0 done, 1 refused (unknown key,
/// duplicate name), 2 unusable command line (reported by <see cref="ShellCommands"/>).
/// </summary>
internal static class KeysCommand
{
    public static Command Create(IConfiguration configuration, TimeProvider clock, TextWriter output, TextWriter error)
    {
        var createName = NameOption("Name of the new key, shown in the audit log.");
        var role = new Option<ApiKeyRole>("--role")
        {
            Description = "maintainer (records) or admin (records and keys).",
            Required = true,
            // The default message names the CLR enum and accepts its numbers; this one names the two roles.
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (!text.All(char.IsAsciiDigit) && Enum.TryParse<ApiKeyRole>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
                {
                    return parsed;
                }
                result.AddError($"--role must be maintainer or admin; \"{text}\" is neither.");
                return default;
            },
        };
        var create = new Command("create", "Create a key and print its secret once.") { createName, role };
        create.SetAction((parsed, cancellationToken) => WithKeysAsync(configuration, clock, cancellationToken, async keys =>
        {
            try
            {
                var (key, secret) = await keys.CreateAsync(parsed.GetValue(createName)!, parsed.GetValue(role), cancellationToken);
                output.WriteLine($"Created {key.Role.ToString().ToLowerInvariant()} key \"{key.Name}\". It is shown only now; store it safely:");
                output.WriteLine(secret);
                return ShellCommands.Done;
            }
            catch (ArgumentException exception)
            {
                error.WriteLine(exception.Message);
                return ShellCommands.Refused;
            }
        }));

        var list = new Command("list", "List the keys (never their secrets).");
        list.SetAction((_, cancellationToken) => WithKeysAsync(configuration, clock, cancellationToken, async keys =>
        {
            output.WriteLine($"{"NAME",-30} {"ROLE",-10} {"PREFIX",-12} {"CREATED",-20} {"LAST USED",-20} REVOKED");
            foreach (var key in await keys.ListAsync(cancellationToken))
            {
                output.WriteLine($"{key.Name,-30} {key.Role.ToString().ToLowerInvariant(),-10} {key.Prefix,-12} {key.CreatedAt,-20:yyyy-MM-dd HH:mm:ss} {key.LastUsedAt,-20:yyyy-MM-dd HH:mm:ss} {key.RevokedAt:yyyy-MM-dd HH:mm:ss}");
            }
            return ShellCommands.Done;
        }));

        var revokeName = NameOption("Name of the key to revoke.");
        var revoke = new Command("revoke", "Revoke a key: requests with it are refused from now on.") { revokeName };
        revoke.SetAction((parsed, cancellationToken) => WithKeysAsync(configuration, clock, cancellationToken, async keys =>
        {
            var name = parsed.GetValue(revokeName)!;
            if (await keys.RevokeAsync(name, cancellationToken))
            {
                output.WriteLine($"Revoked key \"{name}\".");
                return ShellCommands.Done;
            }
            error.WriteLine($"No key is named \"{name}\".");
            return ShellCommands.Refused;
        }));

        return new Command("keys", "Manage the API keys of maintainers and admins.") { create, list, revoke };
    }

    private static Option<string> NameOption(string description) => TextOption.Create("--name", description, required: true);

    private static async Task<int> WithKeysAsync(IConfiguration configuration, TimeProvider clock, CancellationToken cancellationToken, Func<ApiKeys, Task<int>> action)
    {
        await using var services = await ShellServices.StartAsync(configuration, clock, cancellationToken);
        return await action(services.GetRequiredService<ApiKeys>());
    }
}
