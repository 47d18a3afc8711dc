using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tracker.Data.Entities;

namespace Tracker.Data.Configuration;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.ConfigureTracked();
        builder.Property(o => o.Slug).HaveSlugLength();
        builder.Property(o => o.Name).HasMaxLength(500);
        builder.Property(o => o.NormalizedName).HasMaxLength(500);
        builder.Property(o => o.Acronym).HasMaxLength(50);
        builder.Property(o => o.City).HasMaxLength(200);
        builder.Property(o => o.State).HasMaxLength(2);
        builder.Property(o => o.Website).HasMaxLength(2000);
        builder.Property(o => o.Notes).HasMaxLength(4000);
        builder.HasIndex(o => o.Slug).IsUnique();
        builder.HasIndex(o => o.NormalizedName);
        builder.HasIndex(o => o.Acronym);
        builder.Property(o => o.NormalizedAcronym).HasMaxLength(50);
        builder.HasIndex(o => o.NormalizedAcronym);
        builder.HasIndex(o => new { o.Name, o.Id });
        builder.HasIndex(o => new { o.State, o.Name });
        builder.HasIndex(o => new { o.Kind, o.Name });
        builder.HasIndex(o => new { o.City, o.Name });
        builder.HasIndex(o => o.ParentId);
        builder.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Aliases).WithOne(a => a.Organization).HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Citations).WithOne().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
