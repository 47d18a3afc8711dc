namespace Tracker.Api.Infrastructure;

/// <summary>The schema's <c>SortDirection</c>.</summary>
public enum SortDirection
{
    Asc,
    Desc,
}
