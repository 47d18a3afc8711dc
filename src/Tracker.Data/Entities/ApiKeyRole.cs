namespace Tracker.Data.Entities;

/// <summary>What a key may do: maintainers write data, admins also manage keys.</summary>
public enum ApiKeyRole
{
    Maintainer,
    Admin,
}
