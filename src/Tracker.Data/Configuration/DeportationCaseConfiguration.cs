using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tracker.Data.Entities;

namespace Tracker.Data.Configuration;

internal sealed class DeportationCaseConfiguration : IEntityTypeConfiguration<DeportationCase>
{
    public void Configure(EntityTypeBuilder<DeportationCase> builder)
    {
        builder.ConfigureTracked();
        builder.Property(c => c.Slug).HaveSlugLength();
        builder.Property(c => c.Name).HasMaxLength(300);
        builder.Property(c => c.NormalizedName).HasMaxLength(300);
        builder.Property(c => c.Community).HasMaxLength(200);
        builder.Property(c => c.Situation).HasMaxLength(500);
        builder.Property(c => c.Notes).HasMaxLength(4000);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.HasIndex(c => c.Name);
        builder.HasIndex(c => new { c.NormalizedName, c.Id });
        builder.HasIndex(c => c.Community);
        builder.HasIndex(c => new { c.ReportedOn, c.Id });
        builder.HasIndex(c => c.JurisdictionId);
        builder.HasOne(c => c.Jurisdiction).WithMany().HasForeignKey(c => c.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Citations).WithOne().HasForeignKey(c => c.DeportationCaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Petitions).WithMany().UsingEntity("CasePetitions");
    }
}
