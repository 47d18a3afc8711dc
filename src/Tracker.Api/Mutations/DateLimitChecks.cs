namespace Tracker.Api.Mutations;

/// <summary>The check of <see cref="DateLimits"/> on a mutation's date fields, each failure a validation error naming its field.</summary>
public static class DateLimitChecks
{
    /// <summary>True when <paramref name="date"/> is absent or within the limits; otherwise false, with the error.</summary>
    public static bool WithinLimits(this MutationScope scope, DateOnly? date, params string[] field)
    {
        if (date is { } day && scope.Dates.Refusal(day, scope.Today) is { } refusal)
        {
            scope.Invalid($"\"{InputChecks.Label(field)}\" ({day:yyyy-MM-dd}) {refusal}.", field);
            return false;
        }
        return true;
    }
}
