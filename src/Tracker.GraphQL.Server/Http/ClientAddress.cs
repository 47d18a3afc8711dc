using Microsoft.AspNetCore.Http;

namespace Tracker.GraphQL.Server.Http;

/// <summary>
/// The address per-client limits count by: the connection's remote address (behind a reverse proxy, the one the
/// host's forwarded-headers handling has put there), an IPv4 client seen over IPv6 written as IPv4 so that one
/// client is one key.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        return (address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address)?.ToString() ?? "unknown";
    }
}
