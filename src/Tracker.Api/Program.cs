using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Tracker.Api;
using Tracker.Api.Csv;
using Tracker.Api.Infrastructure;
using Tracker.Api.Maintainers;
using Tracker.Data;
using Tracker.GraphQL.Server.Http;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

var isShellCommand = args.FirstOrDefault() is "keys" or "import";
var builder = WebApplication.CreateBuilder(isShellCommand ? ShellCommandLine.SettingsOnly(args) : args);

// Shell commands share the server's configuration (and so its database): `-- keys create --name N --role maintainer`.
switch (args.FirstOrDefault())
{
    case "keys":
        return await KeyCommands.RunAsync(args, builder.Configuration, Console.Out, Console.Error);
    case "import":
        // Ctrl-C stops an import saying which rows were saved; the chunk being saved is rolled back.
        using (var interrupted = new CancellationTokenSource())
        {
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; interrupted.Cancel(); };
            return await SignatureImport.RunAsync(args, builder.Configuration, Console.Out, Console.Error, interrupted.Token);
        }
}

// Structured logs: one JSON object per line, ready for any log collector.
builder.Logging.ClearProviders();
builder.Logging.AddJsonConsole();

builder.Services.AddTrackerData(builder.Configuration);
builder.Services.AddTrackerGraphQL(builder.Environment);
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

// Dashboards on other origins: list them under Cors:Origins (none by default).
var origins = builder.Configuration.GetSection("Cors:Origins").Get<string[]>() ?? [];
builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy.WithOrigins(origins).AllowAnyHeader().WithMethods("GET", "POST")));

var app = builder.Build();

await app.Services.MigrateAndSeedAsync(app.Lifetime.ApplicationStopping);

app.UseCors();
app.UseWebSockets();
app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync });
app.MapGraphQL("/graphql");
app.MapCsvExports();
// The contract as SDL, for code generators and reviewers (the same text as schema/, printed by the engine).
app.MapGet("/graphql/schema.graphql", (GraphQLSchema schema) => Results.Text(SchemaPrinter.PrintSchema(schema), "text/plain; charset=utf-8"));
app.MapGet("/", () => Results.Redirect("/graphql"));

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
