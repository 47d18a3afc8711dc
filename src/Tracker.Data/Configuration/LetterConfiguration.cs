using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tracker.Data.Entities;

namespace Tracker.Data.Configuration;

internal sealed class LetterConfiguration : IEntityTypeConfiguration<Letter>
{
    public void Configure(EntityTypeBuilder<Letter> builder)
    {
        builder.ConfigureTracked();
        builder.Property(l => l.Slug).HaveSlugLength();
        builder.Property(l => l.Title).HasMaxLength(500);
        builder.Property(l => l.SignatureCountNote).HasMaxLength(1000);
        builder.Property(l => l.Notes).HasMaxLength(4000);
        builder.HasIndex(l => l.Slug).IsUnique();
        builder.HasIndex(l => new { l.WrittenOn, l.Id });
        builder.HasIndex(l => new { l.Kind, l.WrittenOn });
        builder.HasIndex(l => new { l.Title, l.Id });
        builder.HasIndex(l => l.DeliveredOn);
        builder.HasMany(l => l.Addressees).WithOne().HasForeignKey(a => a.LetterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.Signatures).WithOne(s => s.Letter).HasForeignKey(s => s.LetterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(l => l.Citations).WithOne().HasForeignKey(c => c.LetterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.Organizers).WithMany().UsingEntity("LetterOrganizers");
        builder.HasMany(l => l.Targets).WithMany().UsingEntity("LetterTargets");
    }
}

internal sealed class LetterAddresseeConfiguration : IEntityTypeConfiguration<LetterAddressee>
{
    public void Configure(EntityTypeBuilder<LetterAddressee> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(1000);
        builder.HasIndex(a => new { a.LetterId, a.Role, a.Position }).IsUnique();
        builder.HasIndex(a => a.PersonId);
        builder.HasIndex(a => a.OrganizationId);
        builder.HasIndex(a => a.BodyId);
        builder.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Organization).WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Body).WithMany().HasForeignKey(a => a.BodyId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("CK_LetterAddressees_OneRecord", ActorLinkConfiguration.AtMostOne("PersonId", "OrganizationId", "BodyId")));
    }
}

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
