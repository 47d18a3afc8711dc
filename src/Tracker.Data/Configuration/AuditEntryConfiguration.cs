using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tracker.Data.Entities;

namespace Tracker.Data.Configuration;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.KeyName).HasMaxLength(100);
        builder.Property(a => a.Mutation).HasMaxLength(100);
        builder.Property(a => a.ObjectType).HasMaxLength(50);
        // The audit log is filtered by object, by key and by time, newest first.
        builder.HasIndex(a => new { a.ObjectType, a.ObjectId, a.At });
        builder.HasIndex(a => new { a.KeyName, a.At });
        builder.HasIndex(a => a.At);
    }
}
