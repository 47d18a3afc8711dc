using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tracker.Data.Configuration;

internal static class PropertyLengths
{
    public static PropertyBuilder<string> HaveSlugLength(this PropertyBuilder<string> property) => property.HasMaxLength(200);
}
