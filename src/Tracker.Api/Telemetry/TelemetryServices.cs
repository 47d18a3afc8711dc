using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Tracker.GraphQL.Diagnostics;
using Tracker.GraphQL.Server.Configuration;
using Tracker.GraphQL.Server.Diagnostics;
using Tracker.GraphQL.Server.Http;

namespace Tracker.Api.Telemetry;

/// <summary>
/// Wires OpenTelemetry to the tracker: the engine's, the server's and the tracker's own sources and meters,
/// ASP.NET Core and EF Core instrumentation, an OTLP exporter when an endpoint is configured, a Prometheus
/// scraping endpoint when enabled. With neither, nothing is registered and nothing listens.
/// </summary>
public static class TelemetryServices
{
    public static GraphQLServerBuilder AddTrackerTelemetry(this GraphQLServerBuilder graphql, TelemetryOptions options, string? serviceName)
    {
        graphql.ModifyOptions(o =>
        {
            o.ResolverSpanThreshold = options.ResolverSpanThreshold;
            o.MaxOperationNameTags = options.MaxOperationNames;
        });
        var services = graphql.Services;
        services.AddSingleton(options);
        services.AddSingleton<WriteLockMetrics>();
        services.AddSingleton<LoadMemoMetrics>();
        if (!options.TracesEnabled && !options.MetricsEnabled)
        {
            return graphql;
        }
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName ?? "tracker"));
        if (options.TracesEnabled)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(GraphQLTelemetry.Name, GraphQLServerTelemetry.Name)
                // Scrapes and health checks would drown the traces that matter.
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsOperational(context.Request.Path, options))
                .AddEntityFrameworkCoreInstrumentation()
                .AddOtlpExporter(o => Configure(o, options, "traces")));
        }
        telemetry.WithMetrics(metrics =>
        {
            metrics
                .AddMeter(GraphQLTelemetry.Name, GraphQLServerTelemetry.Name, WriteLockMetrics.MeterName)
                .AddAspNetCoreInstrumentation();
            if (options.OtlpEndpoint is not null)
            {
                metrics.AddOtlpExporter(o => Configure(o, options, "metrics"));
            }
            if (options.PrometheusEnabled)
            {
                metrics.AddPrometheusExporter();
            }
        });
        return graphql;
    }

    /// <summary>Serves <c>/metrics</c> when enabled (restricted to <see cref="TelemetryOptions.PrometheusHosts"/> when given); otherwise it does not exist.</summary>
    public static WebApplication MapTrackerMetrics(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<TelemetryOptions>();
        if (options.PrometheusEnabled)
        {
            var endpoint = app.MapPrometheusScrapingEndpoint(options.PrometheusPath).WithSecurityHeaders(SecurityHeaders.Data);
            if (options.PrometheusHosts.Count > 0)
            {
                endpoint.RequireHost([.. options.PrometheusHosts]);
            }
        }
        return app;
    }

    private static bool IsOperational(PathString path, TelemetryOptions options) =>
        path.StartsWithSegments(options.PrometheusPath) || path.StartsWithSegments("/healthz");

    /// <summary>
    /// The endpoint and protocol; over http/protobuf each signal has its own path under the collector's address
    /// (the exporter adds it itself only to an address read from the environment).
    /// </summary>
    private static void Configure(OtlpExporterOptions exporter, TelemetryOptions options, string signal)
    {
        var protocol = options.OtlpProtocol switch
        {
            null => exporter.Protocol,
            "grpc" => OtlpExportProtocol.Grpc,
            "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
            var other => throw new InvalidSettingException($"Telemetry:Otlp:Protocol must be grpc or http/protobuf; \"{other}\" is neither."),
        };
        exporter.Protocol = protocol;
        var endpoint = options.OtlpEndpoint!;
        exporter.Endpoint = protocol == OtlpExportProtocol.HttpProtobuf
            ? new Uri(endpoint, endpoint.AbsolutePath.TrimEnd('/') + "/v1/" + signal)
            : endpoint;
    }
}
