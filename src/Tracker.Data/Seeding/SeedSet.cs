using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tracker.Data.Seeding;

/// <summary>The seed files read from one folder.</summary>
internal sealed record SeedSet(
    IReadOnlyList<SeedSource> Sources,
    IReadOnlyList<SeedJurisdiction> Jurisdictions,
    IReadOnlyList<SeedLegislation> Legislation,
    IReadOnlyList<SeedStatusEvent> StatusEvents,
    IReadOnlyList<SeedOrganization> Organizations,
    IReadOnlyList<SeedPerson> People,
    IReadOnlyList<SeedLetter> Letters,
    IReadOnlyList<SeedSignature> Signatures,
    SeedCountyFile Counties,
    IReadOnlyList<SeedBody> Bodies,
    IReadOnlyList<SeedEvent> Events,
    IReadOnlyList<SeedCase> Cases,
    IReadOnlyList<SeedStatement> Statements,
    IReadOnlyList<SeedStatistic> Statistics)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static async Task<SeedSet> ReadAsync(string folder, CancellationToken cancellationToken) => new(
        await ReadAsync<SeedSource>(folder, "sources.json", cancellationToken),
        await ReadAsync<SeedJurisdiction>(folder, "jurisdictions.json", cancellationToken),
        await ReadAsync<SeedLegislation>(folder, "legislation.json", cancellationToken),
        await ReadAsync<SeedStatusEvent>(folder, "statusEvents.json", cancellationToken),
        await ReadAsync<SeedOrganization>(folder, "organizations.json", cancellationToken),
        await ReadAsync<SeedPerson>(folder, "people.json", cancellationToken),
        await ReadAsync<SeedLetter>(folder, "letters.json", cancellationToken),
        await ReadAsync<SeedSignature>(folder, "signatures.json", cancellationToken),
        await ReadFileAsync<SeedCountyFile>(folder, "counties.json", cancellationToken),
        await ReadAsync<SeedBody>(folder, "bodies.json", cancellationToken),
        await ReadAsync<SeedEvent>(folder, "events.json", cancellationToken),
        await ReadAsync<SeedCase>(folder, "cases.json", cancellationToken),
        await ReadAsync<SeedStatement>(folder, "statements.json", cancellationToken),
        await ReadAsync<SeedStatistic>(folder, "statistics.json", cancellationToken));

    private static async Task<IReadOnlyList<T>> ReadAsync<T>(string folder, string file, CancellationToken cancellationToken) =>
        await ReadFileAsync<List<T>>(folder, file, cancellationToken);

    private static async Task<T> ReadFileAsync<T>(string folder, string file, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, file);
        try
        {
            await using var stream = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync<T>(stream, Json, cancellationToken)
                ?? throw new SeedDataException(file, "(file)", "the file holds null");
        }
        catch (JsonException exception)
        {
            throw new SeedDataException(file, exception.Path ?? "(file)", $"not valid seed JSON at line {exception.LineNumber + 1}: {exception.Message}");
        }
        catch (FileNotFoundException)
        {
            throw new SeedDataException(file, "(file)", $"missing from {folder}");
        }
    }
}
