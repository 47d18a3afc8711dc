using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tracker.Data.Entities;

namespace Tracker.Data.Configuration;

internal sealed class BodyConfiguration : IEntityTypeConfiguration<Body>
{
    public void Configure(EntityTypeBuilder<Body> builder)
    {
        builder.ConfigureTracked();
        builder.ToTable("Bodies");
        builder.Property(b => b.Slug).HaveSlugLength();
        builder.Property(b => b.Name).HasMaxLength(500);
        builder.Property(b => b.NormalizedName).HasMaxLength(500);
        builder.Property(b => b.Acronym).HasMaxLength(50);
        builder.Property(b => b.Address).HasMaxLength(1000);
        builder.Property(b => b.Notes).HasMaxLength(4000);
        builder.HasIndex(b => b.Slug).IsUnique();
        builder.HasIndex(b => b.Name);
        builder.HasIndex(b => new { b.NormalizedName, b.Id });
        builder.HasIndex(b => new { b.Kind, b.NormalizedName });
        builder.HasIndex(b => new { b.JurisdictionId, b.NormalizedName });
        builder.HasIndex(b => b.ParentId);
        builder.HasOne(b => b.Jurisdiction).WithMany().HasForeignKey(b => b.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.Parent).WithMany().HasForeignKey(b => b.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Aliases).WithOne().HasForeignKey(a => a.BodyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Citations).WithOne().HasForeignKey(c => c.BodyId).OnDelete(DeleteBehavior.Cascade);
    }
}
