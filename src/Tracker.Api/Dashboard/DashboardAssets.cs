using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;

namespace Tracker.Api.Dashboard;

/// <summary>
/// The public dashboard's files, built from <c>src/Tracker.Web</c> by the .NET build (npm ci, then esbuild) and
/// embedded in this assembly under <c>dashboard/</c>: index.html, the hashed bundles and map data under
/// <c>assets/</c> with their brotli and gzip forms, and the persisted documents under <c>queries/</c>. Read once.
/// </summary>
internal sealed class DashboardAssets
{
    private const string Prefix = "dashboard/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".json"] = "application/json",
        [".html"] = "text/html; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private DashboardAssets(string indexHtml, FrozenDictionary<string, DashboardFile> assets, IReadOnlyList<string> documents)
    {
        IndexHtml = indexHtml;
        Assets = assets;
        Documents = documents;
    }

    /// <summary>The page template (its endpoint placeholder is filled per server).</summary>
    public string IndexHtml { get; }

    /// <summary>The files under <c>/assets/</c>, by file name.</summary>
    public FrozenDictionary<string, DashboardFile> Assets { get; }

    /// <summary>The texts of the dashboard's GraphQL documents, preloaded as persisted documents.</summary>
    public IReadOnlyList<string> Documents { get; }

    public static DashboardAssets Load() => Load(typeof(DashboardAssets).Assembly);

    internal static DashboardAssets Load(Assembly assembly)
    {
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        if (!names.Contains(Prefix + "index.html"))
        {
            throw new InvalidOperationException("The dashboard is not embedded in Tracker.Api: its build (src/Tracker.Web, npm ci and node build.mjs) did not run.");
        }
        var assets = new Dictionary<string, DashboardFile>(StringComparer.Ordinal);
        foreach (var name in names.Where(n => n.StartsWith(Prefix + "assets/", StringComparison.Ordinal) && !n.EndsWith(".br", StringComparison.Ordinal) && !n.EndsWith(".gz", StringComparison.Ordinal)))
        {
            var content = Read(assembly, name);
            assets[name[(Prefix.Length + "assets/".Length)..]] = new DashboardFile(
                ContentTypes.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream"),
                content,
                names.Contains(name + ".br") ? Read(assembly, name + ".br") : null,
                names.Contains(name + ".gz") ? Read(assembly, name + ".gz") : null,
                ETagOf(content));
        }
        var documents = names.Where(n => n.StartsWith(Prefix + "queries/", StringComparison.Ordinal) && n.EndsWith(".graphql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => System.Text.Encoding.UTF8.GetString(Read(assembly, n)))
            .ToList();
        return new DashboardAssets(System.Text.Encoding.UTF8.GetString(Read(assembly, Prefix + "index.html")), assets.ToFrozenDictionary(StringComparer.Ordinal), documents);
    }

    internal static string ETagOf(byte[] content) => $"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..32]}\"";

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
