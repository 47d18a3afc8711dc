using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tracker.Data.Entities;

namespace Tracker.Data.Configuration;

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
