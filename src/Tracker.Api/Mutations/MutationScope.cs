using System.Text.Json;

namespace Tracker.Api.Mutations;

/// <summary>
/// One mutation in progress: its database context and transaction, the errors found so far (any error means
/// nothing is saved), the audit entries and the events to publish once committed.
/// </summary>
public sealed class MutationScope(TrackerDbContext db, Maintainer maintainer, DateTime now)
{

    public TrackerDbContext Db { get; } = db;

    public Maintainer Maintainer { get; } = maintainer;

    public DateTime Now { get; } = now;

    public DateOnly Today => DateOnly.FromDateTime(Now);

    /// <summary>The span of days any date written may lie in (<c>Tracker:Dates:*</c>).</summary>
    public required DateLimits Dates { get; init; }

    public List<UserErrorModel> Errors { get; } = [];

    public bool Failed => Errors.Count > 0;

    internal List<(string Topic, object Message)> Events { get; } = [];

    internal List<(string ObjectType, Func<int> ObjectId, object? Before, Func<object?> After)> Audits { get; } = [];

    public void Invalid(string message, params string[] field) => Errors.Add(new ValidationErrorModel(message, ["input", .. field]));

    public void NotFound(string message, params string[] field) => Errors.Add(new NotFoundErrorModel(message, ["input", .. field]));

    /// <summary>
    /// False (with a conflict error) when the record changed since the version the maintainer read; true moves the
    /// version on at once (so the payload shows the new one). Audit before-images are therefore made
    /// <c>with { Version = input.Version }</c>: the record as the maintainer read it.
    /// </summary>
    public bool IsCurrent(Tracked record, int version, string field = "version")
    {
        if (record.Version == version)
        {
            record.Version++;
            return true;
        }
        Errors.Add(new ConflictErrorModel($"The record is at version {record.Version}, not {version}: someone changed it since you read it. Reload and apply your change again.", ["input", field], record.Version));
        return false;
    }

    /// <summary>The record a global id names, if it is of the expected type; a not-found error otherwise.</summary>
    public async Task<T?> FindAsync<T>(string id, string typeName, string field, CancellationToken cancellationToken)
        where T : class
    {
        if (GlobalId.TryDecode(id, out var type, out var key) && type == typeName && await Db.FindAsync<T>([key], cancellationToken) is { } found)
        {
            return found;
        }
        NotFound($"No {typeName} has the id \"{Csv.TerminalText.Escape(id)}\".", field);
        return null;
    }

    /// <summary>The record an update names, if it exists and is still at the version the maintainer read; null (with the error) otherwise.</summary>
    public async Task<T?> FindCurrentAsync<T>(string id, int version, CancellationToken cancellationToken)
        where T : Tracked =>
        await FindAsync<T>(id, typeof(T).Name, "id", cancellationToken) is { } found && IsCurrent(found, version) ? found : null;

    /// <summary>Records what changed; the after-image is taken when the change is saved (new records have ids then).</summary>
    public void Audit(string objectType, Func<int> objectId, object? before, Func<object?> after) => Audits.Add((objectType, objectId, before, after));

    public void Publish(string topic, object message) => Events.Add((topic, message));

    internal static string ToJson(object? value) => JsonSerializer.Serialize(value, AuditJson.Options);
}
