namespace Tracker.Data;

public enum TrackerProvider
{
    Sqlite,
    Postgres,
}
