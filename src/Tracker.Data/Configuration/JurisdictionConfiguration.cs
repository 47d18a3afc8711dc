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

internal sealed class LegislationStageConfiguration : IEntityTypeConfiguration<LegislationStage>
{
    public void Configure(EntityTypeBuilder<LegislationStage> builder)
    {
        builder.Property(s => s.Description).HasMaxLength(4000);
        builder.Property(s => s.ActorName).HasMaxLength(300);
        builder.Property(s => s.VoteText).HasMaxLength(200);
        builder.HasIndex(s => new { s.LegislationId, s.Date });
        builder.HasMany(s => s.Citations).WithOne().HasForeignKey(c => c.LegislationStageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Actors).WithOne().HasForeignKey(a => a.LegislationStageId).OnDelete(DeleteBehavior.Cascade);
    }
}
