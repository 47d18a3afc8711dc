using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tracker.Data.Entities;

namespace Tracker.Data.Configuration;

internal sealed class SignatureSignatoryConfiguration : IEntityTypeConfiguration<SignatureSignatory>
{
    public void Configure(EntityTypeBuilder<SignatureSignatory> builder)
    {
        builder.HasIndex(s => new { s.SignatureId, s.Position }).IsUnique();
        builder.HasIndex(s => s.OrganizationId);
        builder.HasIndex(s => s.PersonId);
        builder.HasOne(s => s.Organization).WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Person).WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("CK_SignatureSignatories_OneSignatory", ActorLinkConfiguration.ExactlyOne("OrganizationId", "PersonId")));
    }
}
