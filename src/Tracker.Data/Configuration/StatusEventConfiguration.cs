using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tracker.Data.Entities;

namespace Tracker.Data.Configuration;

internal sealed class StatusEventConfiguration : IEntityTypeConfiguration<StatusEvent>
{
    public void Configure(EntityTypeBuilder<StatusEvent> builder)
    {
        builder.ConfigureTracked();
        builder.Property(e => e.Slug).HaveSlugLength();
        builder.Property(e => e.Actor).HasMaxLength(300);
        builder.Property(e => e.Description).HasMaxLength(4000);
        builder.Property(e => e.RetractionReason).HasMaxLength(2000);
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.HasIndex(e => new { e.JurisdictionId, e.EffectiveOn });
        builder.HasIndex(e => new { e.EffectiveOn, e.Id });
        builder.HasIndex(e => new { e.Status, e.EffectiveOn });
        builder.HasIndex(e => e.Actor);
        builder.HasOne(e => e.Jurisdiction).WithMany(j => j.StatusEvents).HasForeignKey(e => e.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Legislation).WithMany().HasForeignKey(e => e.LegislationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.LegislationId);
        builder.HasMany(e => e.Citations).WithOne().HasForeignKey(c => c.StatusEventId).OnDelete(DeleteBehavior.Cascade);
    }
}
