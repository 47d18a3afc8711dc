using System.Linq.Expressions;

namespace Tracker.Api.Mutations;

/// <summary>The lookups mutation inputs share: records named by code or slug, and slugs that must be new.</summary>
public static class RecordLookups
{
    /// <summary>
    /// The record whose key (<paramref name="keyOf"/>: its code or slug) is <paramref name="key"/>; a not-found error
    /// on <paramref name="field"/> otherwise ("No jurisdiction has the code "XX"."). A null key, an optional reference
    /// left out, finds nothing and is no error.
    /// </summary>
    public static async Task<T?> ReferencedAsync<T>(this MutationScope scope, IQueryable<T> records, string? key, Expression<Func<T, string>> keyOf, string noun, string field, CancellationToken cancellationToken)
        where T : class
    {
        if (key is null)
        {
            return null;
        }
        var found = await records.SingleOrDefaultAsync(Matches(keyOf, key), cancellationToken);
        if (found is null)
        {
            scope.NotFound($"No {noun} has the {KeyName(keyOf)} \"{Csv.TerminalText.Escape(key)}\".", field);
        }
        return found;
    }

    /// <summary>A well-formed slug no record of <paramref name="records"/> has yet ("A letter already has the slug ..." otherwise).</summary>
    public static async Task<string?> NewSlugAsync<T>(this MutationScope scope, IQueryable<T> records, string? slug, Expression<Func<T, string>> slugOf, string holder, CancellationToken cancellationToken)
        where T : class
    {
        var checkedSlug = scope.Slug(slug, "slug");
        if (await records.AnyAsync(Matches(slugOf, checkedSlug), cancellationToken))
        {
            scope.Invalid($"{holder} already has the slug \"{checkedSlug}\".", "slug");
        }
        return checkedSlug;
    }

    /// <summary><c>r => keyOf(r) == key</c>, the key captured so EF Core sends it as a parameter.</summary>
    private static Expression<Func<T, bool>> Matches<T>(Expression<Func<T, string>> keyOf, string? key)
    {
        Expression<Func<string?>> captured = () => key;
        return Expression.Lambda<Func<T, bool>>(Expression.Equal(keyOf.Body, captured.Body), keyOf.Parameters);
    }

    private static string KeyName<T>(Expression<Func<T, string>> keyOf) => ((MemberExpression)keyOf.Body).Member.Name.ToLowerInvariant();
}
