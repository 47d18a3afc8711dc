using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tracker.Data.Entities;

namespace Tracker.Data.Configuration;

internal sealed class StatisticConfiguration : IEntityTypeConfiguration<Statistic>
{
    public void Configure(EntityTypeBuilder<Statistic> builder)
    {
        builder.ConfigureTracked();
        builder.Property(s => s.Slug).HaveSlugLength();
        builder.Property(s => s.ValueText).HasMaxLength(200);
        builder.Property(s => s.Counts).HasMaxLength(1000);
        builder.Property(s => s.Basis).HasMaxLength(500);
        builder.Property(s => s.AttributedToName).HasMaxLength(500);
        builder.Property(s => s.Passage).HasMaxLength(4000);
        builder.Property(s => s.Notes).HasMaxLength(4000);
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.HasIndex(s => new { s.Unit, s.Value });
        builder.HasIndex(s => new { s.Value, s.Id });
        builder.HasIndex(s => new { s.PeriodFrom, s.Id });
        builder.HasIndex(s => new { s.JurisdictionId, s.PeriodFrom });
        builder.HasIndex(s => s.StatementId);
        builder.HasIndex(s => s.LetterId);
        builder.HasOne(s => s.Jurisdiction).WithMany().HasForeignKey(s => s.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Statement).WithMany().HasForeignKey(s => s.StatementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Letter).WithMany().HasForeignKey(s => s.LetterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Actors).WithOne().HasForeignKey(a => a.StatisticId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Citations).WithOne().HasForeignKey(c => c.StatisticId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("CK_Statistics_ValueOrBound", "\"Value\" IS NULL OR (\"Low\" IS NULL AND \"High\" IS NULL)"));
    }
}
