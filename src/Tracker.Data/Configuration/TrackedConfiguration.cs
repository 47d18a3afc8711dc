using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tracker.Data.Entities;

namespace Tracker.Data.Configuration;

internal static class TrackedConfiguration
{
    /// <summary>Version is the optimistic concurrency token of every maintainer-editable row.</summary>
    public static void ConfigureTracked<T>(this EntityTypeBuilder<T> builder)
        where T : Tracked
    {
        builder.Property(e => e.Version).IsConcurrencyToken();
    }
}
