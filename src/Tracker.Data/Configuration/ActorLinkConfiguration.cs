using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tracker.Data.Entities;

namespace Tracker.Data.Configuration;

internal sealed class ActorLinkConfiguration : IEntityTypeConfiguration<ActorLink>
{
    public void Configure(EntityTypeBuilder<ActorLink> builder)
    {
        // Each owner's links are read by owner, role and printed order.
        builder.HasIndex(a => new { a.LegislationId, a.Role, a.Position });
        builder.HasIndex(a => new { a.LegislationStageId, a.Role, a.Position });
        builder.HasIndex(a => new { a.EventId, a.Role, a.Position });
        builder.HasIndex(a => new { a.StatementId, a.Role, a.Position });
        builder.HasIndex(a => new { a.StatisticId, a.Role, a.Position });
        // "What did this person say?": statements and events by actor.
        builder.HasIndex(a => new { a.PersonId, a.Role });
        builder.HasIndex(a => new { a.OrganizationId, a.Role });
        builder.HasIndex(a => new { a.BodyId, a.Role });
        // An actor that still plays a part cannot be deleted (merging organisations moves the links first).
        builder.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Organization).WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Body).WithMany().HasForeignKey(a => a.BodyId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_ActorLinks_OneOwner", ExactlyOne("LegislationId", "LegislationStageId", "EventId", "StatementId", "StatisticId"));
            t.HasCheckConstraint("CK_ActorLinks_OneActor", ExactlyOne("PersonId", "OrganizationId", "BodyId"));
        });
    }

    /// <summary>SQL that holds when exactly one of the columns is set, on both databases.</summary>
    internal static string ExactlyOne(params string[] columns) =>
        "(" + string.Join(" + ", columns.Select(c => $"CASE WHEN \"{c}\" IS NULL THEN 0 ELSE 1 END")) + ") = 1";

    /// <summary>SQL that holds when at most one of the columns is set.</summary>
    internal static string AtMostOne(params string[] columns) =>
        "(" + string.Join(" + ", columns.Select(c => $"CASE WHEN \"{c}\" IS NULL THEN 0 ELSE 1 END")) + ") <= 1";
}
