using Microsoft.EntityFrameworkCore;
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

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.ConfigureTracked();
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.Property(s => s.Slug).HaveSlugLength();
        builder.Property(s => s.Title).HasMaxLength(500);
        builder.Property(s => s.Publisher).HasMaxLength(300);
        builder.Property(s => s.Url).HasMaxLength(2000);
        builder.Property(s => s.File).HasMaxLength(200);
    }
}

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

internal static class PropertyLengths
{
    public static PropertyBuilder<string> HaveSlugLength(this PropertyBuilder<string> property) => property.HasMaxLength(200);
}
