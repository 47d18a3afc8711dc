using Tracker.Data;

namespace Tracker.Api.Telemetry;

/// <summary>
/// Where the tracker's traces and metrics go, from the <c>Telemetry</c> section. Nothing is collected unless an
/// exporter is configured: no OTLP endpoint and no Prometheus endpoint means no listener, and the instrumented
/// code then skips its spans and measurements.
/// </summary>
public sealed record TelemetryOptions
{
    /// <summary>The OTLP collector (traces and metrics): <c>Telemetry:Otlp:Endpoint</c>, else the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.</summary>
    public Uri? OtlpEndpoint { get; init; }

    /// <summary><c>grpc</c> (port 4317, the exporter's default) or <c>http/protobuf</c> (port 4318).</summary>
    public string? OtlpProtocol { get; init; }

    /// <summary>Serve metrics in Prometheus's text format at <see cref="PrometheusPath"/>.</summary>
    public bool PrometheusEnabled { get; init; }

    public string PrometheusPath { get; init; } = "/metrics";

    /// <summary>Hosts (and ports) the metrics endpoint answers on, e.g. <c>*:9464</c> beside a public port; empty: any.</summary>
    public IReadOnlyList<string> PrometheusHosts { get; init; } = [];

    /// <summary>Resolvers slower than this get a span; null: none.</summary>
    public TimeSpan? ResolverSpanThreshold { get; init; } = TimeSpan.FromMilliseconds(5);

    /// <summary>Distinct operation names tagged separately on the request duration metric.</summary>
    public int MaxOperationNames { get; init; } = 100;

    public bool TracesEnabled => OtlpEndpoint is not null;

    public bool MetricsEnabled => OtlpEndpoint is not null || PrometheusEnabled;

    public static TelemetryOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Telemetry");
        var endpoint = section["Otlp:Endpoint"] is { Length: > 0 } configured ? configured : configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var threshold = section["ResolverSpanThreshold"];
        return new TelemetryOptions
        {
            OtlpEndpoint = string.IsNullOrWhiteSpace(endpoint) ? null : new Uri(endpoint, UriKind.Absolute),
            OtlpProtocol = section["Otlp:Protocol"] switch
            {
                null or "" => null,
                ("grpc" or "http/protobuf") and var protocol => protocol,
                // Checked here, at start, even without an endpoint: otherwise only when an exporter is first built.
                var other => throw new InvalidSettingException($"Telemetry:Otlp:Protocol must be grpc or http/protobuf; \"{other}\" is neither."),
            },
            PrometheusEnabled = section.GetValue("Prometheus:Enabled", false),
            PrometheusPath = section["Prometheus:Path"] is { Length: > 0 } path ? path : "/metrics",
            PrometheusHosts = section.GetSection("Prometheus:Hosts").Get<string[]>() ?? [],
            ResolverSpanThreshold = threshold switch
            {
                null or "" => TimeSpan.FromMilliseconds(5),
                "off" => null,
                _ => SettingValues.TimeSpanWithin(configuration, "Telemetry:ResolverSpanThreshold", TimeSpan.Zero, TimeSpan.FromDays(1), "00:00:00.005 (or off)"),
            },
            // Zero is allowed: every name then counts as "(other)".
            MaxOperationNames = SettingValues.WholeNumber(configuration, "Telemetry:MaxOperationNames", min: 0) ?? 100,
        };
    }
}
