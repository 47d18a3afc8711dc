using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tracker.Data.Entities;

namespace Tracker.Data.Configuration;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.Property(k => k.Prefix).HasMaxLength(20);
        builder.Property(k => k.Hash).HasMaxLength(64);
        builder.HasIndex(k => k.Name).IsUnique();
        builder.HasIndex(k => k.Hash).IsUnique();
    }
}

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
