using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tracker.Data.Entities;

namespace Tracker.Data.Configuration;

internal sealed class BodyAliasConfiguration : IEntityTypeConfiguration<BodyAlias>
{
    public void Configure(EntityTypeBuilder<BodyAlias> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(500);
        builder.Property(a => a.NormalizedName).HasMaxLength(500);
        builder.HasIndex(a => new { a.BodyId, a.NormalizedName });
        builder.HasIndex(a => a.NormalizedName);
    }
}
