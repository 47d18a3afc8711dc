using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tracker.Data.Entities;

namespace Tracker.Data.Configuration;

internal sealed class FailedKeyCheckConfiguration : IEntityTypeConfiguration<FailedKeyCheck>
{
    public void Configure(EntityTypeBuilder<FailedKeyCheck> builder)
    {
        // An IPv6 address with a zone fits in 64 characters.
        builder.Property(f => f.Client).HasMaxLength(64);
        // Counted per address within the window; pruned by age.
        builder.HasIndex(f => new { f.Client, f.At });
        builder.HasIndex(f => f.At);
    }
}
