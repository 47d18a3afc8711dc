using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tracker.Data.Entities;

namespace Tracker.Data.Configuration;

internal sealed class LegislationConfiguration : IEntityTypeConfiguration<Legislation>
{
    public void Configure(EntityTypeBuilder<Legislation> builder)
    {
        builder.ConfigureTracked();
        builder.Property(l => l.Slug).HaveSlugLength();
        builder.Property(l => l.Identifier).HasMaxLength(100);
        builder.Property(l => l.Title).HasMaxLength(500);
        builder.Property(l => l.Summary).HasMaxLength(4000);
        builder.HasIndex(l => l.Slug).IsUnique();
        builder.HasIndex(l => l.JurisdictionId);
        builder.HasOne(l => l.Jurisdiction).WithMany().HasForeignKey(l => l.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(l => l.Stages).WithOne(s => s.Legislation).HasForeignKey(s => s.LegislationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.Citations).WithOne().HasForeignKey(c => c.LegislationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.Actors).WithOne().HasForeignKey(a => a.LegislationId).OnDelete(DeleteBehavior.Cascade);
    }
}
