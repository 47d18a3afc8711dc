using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Tracker.Api;
using Tracker.Api.Csv;
using Tracker.Api.Dashboard;
using Tracker.Api.Health;
using Tracker.Api.Limits;
using Tracker.Api.Messaging;
using Tracker.Api.Shell;
using Tracker.Api.Telemetry;
using Tracker.GraphQL.Server.Http;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

// A setting the server cannot use ends the start with one line naming it (exit status 78), not a stack trace.
StartupFailure.ReportSettingsInOneLine();

var isShellCommand = ShellCommands.Handles(args);
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = isShellCommand ? ShellCommandLine.SettingsOnly(args) : args,
    // appsettings.json beside the executable, wherever it is started from: `dotnet run` starts it in the caller's
    // folder (RunWorkingDirectory) so that the shell commands read files where the caller named them.
    ContentRootPath = HostArguments.NamesContentRoot(args) ? null : AppContext.BaseDirectory,
});

// Shell commands share the server's configuration (and so its database): `-- keys create --name N --role maintainer`.
if (isShellCommand)
{
    // Ctrl-C stops an import saying which rows were saved; the chunk being saved is rolled back.
    using var interrupted = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; interrupted.Cancel(); };
    return await ShellCommands.RunAsync(args, builder.Configuration, Console.Out, Console.Error, interrupted.Token);
}

// Structured logs: one JSON object per line, ready for any log collector, each with its UTC time (ISO 8601).
builder.Logging.ClearProviders();
builder.Logging.AddJsonConsole(o =>
{
    o.UseUtcTimestamp = true;
    o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
});

builder.Services.AddTrackerData(builder.Configuration);
// Traces and metrics (OpenTelemetry): to an OTLP collector and/or /metrics when configured, otherwise off.
builder.Services.AddTrackerGraphQL(builder.Environment)
    .ModifyOptions(LiveConnectionLimits.From(builder.Configuration).Apply)
    .ModifyOptions(RequestLimitSettings.From(builder.Configuration).Apply)
    .AddTrackerTelemetry(TelemetryOptions.From(builder.Configuration), builder.Configuration["OTEL_SERVICE_NAME"]);
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
// On shutdown open subscriptions end at once (complete, WebSocket close 1001); requests still running get this long.
var shutdownTimeout = StartupSettings.ShutdownTimeout(builder.Configuration);
builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = shutdownTimeout);
// The client's address from X-Forwarded-For, believed only from Tracker:Auth:KnownProxies / KnownNetworks (none by default).
builder.Services.AddTrustedProxies(builder.Configuration);

// Dashboards on other origins: list them under Cors:Origins (none by default).
var origins = builder.Configuration.GetSection("Cors:Origins").Get<string[]>() ?? [];
builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy.WithOrigins(origins).AllowAnyHeader().WithMethods("GET", "POST")));

var app = builder.Build();

StartupSettings.Check(app.Services);
await app.Services.MigrateAndSeedAsync(app.Lifetime.ApplicationStopping);

app.UseTrustedProxies();
app.UseCors();
app.UseWebSockets();
// Security headers are chosen per endpoint (the GraphQL endpoint sets its own: playground page or data).
app.UseSecurityHeaders();
app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync }).WithSecurityHeaders(SecurityHeaders.Data);
app.MapGraphQL("/graphql");
app.MapTrackerMetrics();
app.MapGroup(string.Empty).WithSecurityHeaders(SecurityHeaders.Data).MapCsvExports();
// The contract as SDL, for code generators and reviewers (the same text as schema/, printed by the engine).
app.MapGet("/graphql/schema.graphql", (GraphQLSchema schema) => Results.Text(SchemaPrinter.PrintSchema(schema), "text/plain; charset=utf-8"))
    .WithSecurityHeaders(SecurityHeaders.Data);
// The public dashboard at / (and its embeddable views under /embed/); the playground stays at /graphql.
app.MapDashboard();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
