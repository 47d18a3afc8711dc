using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Tracker.Api.Auth;

/// <summary>
/// Reads the client's address from <c>X-Forwarded-For</c>, but only as sent by the reverse proxies an operator
/// names (<c>Tracker:Auth:KnownProxies</c>, addresses, and <c>Tracker:Auth:KnownNetworks</c>, CIDR ranges; none
/// by default, and unlike ASP.NET Core's default not even loopback). Behind a proxy, failed key checks then
/// count against each client rather than against the proxy every maintainer shares; anyone else sending the
/// header is not believed, so it cannot be used to dodge the count.
/// </summary>
public static class TrustedProxies
{
    /// <summary>
    /// Adds the middleware only when some proxy is trusted: with both lists empty, ASP.NET Core's middleware does
    /// not check the sender at all and believes anyone's header.
    /// </summary>
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        return options.KnownProxies.Count > 0 || options.KnownIPNetworks.Count > 0 ? app.UseForwardedHeaders() : app;
    }

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = (configuration.GetSection("Tracker:Auth:KnownProxies").Get<string[]>() ?? [])
            .Select(text => IPAddress.TryParse(text, out var address)
                ? address
                : throw new InvalidSettingException($"Tracker:Auth:KnownProxies: \"{text}\" is not an IP address."))
            .ToList();
        var networks = (configuration.GetSection("Tracker:Auth:KnownNetworks").Get<string[]>() ?? [])
            .Select(text => System.Net.IPNetwork.TryParse(text, out var network)
                ? network
                : throw new InvalidSettingException($"Tracker:Auth:KnownNetworks: \"{text}\" is not a network such as 10.0.0.0/8."))
            .ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
#pragma warning disable ASPDEPR005 // The obsolete list still holds loopback by default, and is still consulted.
            options.KnownNetworks.Clear();
#pragma warning restore ASPDEPR005
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
            // Each hop is believed only while the address that sent it is a trusted proxy: a chain of them is
            // walked back to the first address none of them vouches for.
            options.ForwardLimit = null;
        });
        return services;
    }
}
