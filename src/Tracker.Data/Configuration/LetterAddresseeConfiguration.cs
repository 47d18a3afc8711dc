using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tracker.Data.Entities;

namespace Tracker.Data.Configuration;

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
