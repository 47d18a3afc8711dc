namespace Tracker.Api.Mutations;

/// <summary>The schema's <c>UserErrorCode</c>.</summary>
public enum UserErrorCode
{
    InvalidInput,
    NotFound,
    Conflict,
}
