using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tracker.Data.Configuration;

/// <summary>Column lengths shared by several tables, declared once: the model's columns and the API's input checks read them here.</summary>
public static class PropertyLengths
{
    /// <summary>Every slug column (PostgreSQL's varchar(200); SQLite would keep a longer one, so the API checks it).</summary>
    public const int Slug = 200;

    internal static PropertyBuilder<string> HaveSlugLength(this PropertyBuilder<string> property) => property.HasMaxLength(Slug);
}
