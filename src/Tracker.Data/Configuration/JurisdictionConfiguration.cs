using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tracker.Data.Entities;

namespace Tracker.Data.Configuration;

internal sealed class JurisdictionConfiguration : IEntityTypeConfiguration<Jurisdiction>
{
    public void Configure(EntityTypeBuilder<Jurisdiction> builder)
    {
        builder.ConfigureTracked();
        builder.Property(j => j.Code).HasMaxLength(100);
        builder.Property(j => j.Name).HasMaxLength(200);
        builder.Property(j => j.PostalCode).HasMaxLength(2);
        builder.Property(j => j.Fips).HasMaxLength(7);
        builder.HasIndex(j => j.Code).IsUnique();
        builder.HasIndex(j => j.Fips);
        builder.HasIndex(j => j.PostalCode);
        builder.HasIndex(j => j.Name);
        builder.HasIndex(j => new { j.Kind, j.Name });
        builder.HasIndex(j => new { j.CurrentStatus, j.Name });
        builder.HasIndex(j => new { j.ParentId, j.Name });
        // Covers the status summary's grouping (counts by kind, state and status for dashboard maps).
        builder.HasIndex(j => new { j.ParentId, j.Kind, j.CurrentStatus });
        builder.HasOne(j => j.Parent).WithMany().HasForeignKey(j => j.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(j => j.Citations).WithOne().HasForeignKey(c => c.JurisdictionId).OnDelete(DeleteBehavior.Cascade);
    }
}
