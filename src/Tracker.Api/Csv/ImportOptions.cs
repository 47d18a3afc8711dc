namespace Tracker.Api.Csv;

/// <summary>
/// Settings of the shell import (<c>Tracker:Import:*</c>): rows saved per transaction, the pause after each so that
/// maintainers' writes waiting for the lock get it, and the bounds of a file read at once.
/// </summary>
internal sealed record ImportOptions(int ChunkRows, TimeSpan PauseBetweenChunks, int MaxRows, long MaxFileBytes)
{
    public static ImportOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Tracker:Import");
        var options = new ImportOptions(
            section.GetValue("ChunkRows", 500),
            section.GetValue("PauseBetweenChunks", TimeSpan.FromMilliseconds(200)),
            section.GetValue("MaxRows", 100_000),
            section.GetValue("MaxFileBytes", 32L * 1024 * 1024));
        if (options.ChunkRows < 1 || options.PauseBetweenChunks < TimeSpan.Zero || options.MaxRows < 1 || options.MaxFileBytes < 1)
        {
            throw new InvalidSettingException("Tracker:Import:ChunkRows, MaxRows and MaxFileBytes must be positive, and PauseBetweenChunks a duration of zero or more (such as 00:00:00.2).");
        }
        return options;
    }
}
