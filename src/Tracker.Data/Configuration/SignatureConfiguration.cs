using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tracker.Data.Entities;

namespace Tracker.Data.Configuration;

internal sealed class SignatureConfiguration : IEntityTypeConfiguration<Signature>
{
    public void Configure(EntityTypeBuilder<Signature> builder)
    {
        builder.ConfigureTracked();
        builder.Property(s => s.PrintedName).HasMaxLength(1000);
        // Paging a letter's signatures in printed order, and a signatory's letters.
        // Unique: the printed order is how a letter reads, and keyset paging over it needs one row per position.
        builder.HasIndex(s => new { s.LetterId, s.Position }).IsUnique();
        builder.HasIndex(s => new { s.LetterId, s.PrintedName });
        builder.HasIndex(s => new { s.OrganizationId, s.LetterId });
        builder.HasIndex(s => new { s.PersonId, s.LetterId });
        builder.HasOne(s => s.Organization).WithMany(o => o.Signatures).HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Person).WithMany(p => p.Signatures).HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Signatories).WithOne().HasForeignKey(x => x.SignatureId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_Signatures_OneSignatory",
            "(\"OrganizationId\" IS NULL) <> (\"PersonId\" IS NULL)"));
    }
}
