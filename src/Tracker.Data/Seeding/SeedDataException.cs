namespace Tracker.Data.Seeding;

/// <summary>Seed data that cannot be loaded: the message names the file and the record.</summary>
public sealed class SeedDataException(string file, string record, string problem)
    : Exception($"seed-data/{file}: record \"{record}\": {problem}")
{
    public string File { get; } = file;

    public string Record { get; } = record;
}
