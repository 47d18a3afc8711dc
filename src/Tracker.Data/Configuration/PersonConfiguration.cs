using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tracker.Data.Entities;

namespace Tracker.Data.Configuration;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ConfigureTracked();
        builder.Property(p => p.Slug).HaveSlugLength();
        builder.Property(p => p.Name).HasMaxLength(300);
        builder.Property(p => p.NormalizedName).HasMaxLength(300);
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.PostNominals).HasMaxLength(100);
        builder.Property(p => p.Affiliation).HasMaxLength(500);
        builder.Property(p => p.City).HasMaxLength(200);
        builder.Property(p => p.State).HasMaxLength(2);
        builder.Property(p => p.Notes).HasMaxLength(4000);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasIndex(p => p.NormalizedName);
        builder.HasIndex(p => new { p.Name, p.Id });
        builder.HasIndex(p => new { p.State, p.Name });
        builder.HasIndex(p => p.Title);
        builder.HasIndex(p => p.Affiliation);
        builder.HasIndex(p => p.OrganizationId);
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => p.BodyId);
        builder.HasOne(p => p.Body).WithMany().HasForeignKey(p => p.BodyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Citations).WithOne().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
