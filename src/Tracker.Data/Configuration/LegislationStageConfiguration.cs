using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tracker.Data.Entities;

namespace Tracker.Data.Configuration;

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
