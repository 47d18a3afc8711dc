using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tracker.Data.Entities;

namespace Tracker.Data.Configuration;

internal sealed class MovedRecordConfiguration : IEntityTypeConfiguration<MovedRecord>
{
    public void Configure(EntityTypeBuilder<MovedRecord> builder)
    {
        builder.Property(m => m.OldType).HasMaxLength(50);
        builder.Property(m => m.NewType).HasMaxLength(50);
        builder.HasIndex(m => new { m.OldType, m.OldId }).IsUnique();
    }
}
