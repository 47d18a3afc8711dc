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

internal sealed class OrganizationAliasConfiguration : IEntityTypeConfiguration<OrganizationAlias>
{
    public void Configure(EntityTypeBuilder<OrganizationAlias> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(500);
        builder.Property(a => a.NormalizedName).HasMaxLength(500);
        builder.HasIndex(a => a.NormalizedName);
        builder.HasIndex(a => a.Name);
        // Not unique: spellings that differ only by accents ("Comité", "Comite") are kept as printed and match alike.
        builder.HasIndex(a => new { a.OrganizationId, a.NormalizedName });
    }
}

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
