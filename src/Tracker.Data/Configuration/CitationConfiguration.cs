using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tracker.Data.Entities;

namespace Tracker.Data.Configuration;

internal sealed class CitationConfiguration : IEntityTypeConfiguration<Citation>
{
    public void Configure(EntityTypeBuilder<Citation> builder)
    {
        builder.HasOne(c => c.Source).WithMany().HasForeignKey(c => c.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.SourceId);
        builder.HasIndex(c => c.JurisdictionId);
        builder.HasIndex(c => c.StatusEventId);
        builder.HasIndex(c => c.LegislationId);
        builder.HasIndex(c => c.LegislationStageId);
        builder.HasIndex(c => c.OrganizationId);
        builder.HasIndex(c => c.PersonId);
        builder.HasIndex(c => c.LetterId);
        builder.HasIndex(c => c.BodyId);
        builder.HasIndex(c => c.EventId);
        builder.HasIndex(c => c.DeportationCaseId);
        builder.HasIndex(c => c.StatementId);
        builder.HasIndex(c => c.StatisticId);
        builder.Property(c => c.Quote).HasMaxLength(4000);
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_Citations_OneOwner",
            ActorLinkConfiguration.ExactlyOne(
                "JurisdictionId", "StatusEventId", "LegislationId", "LegislationStageId", "OrganizationId", "PersonId", "LetterId",
                "BodyId", "EventId", "DeportationCaseId", "StatementId", "StatisticId")));
    }
}
