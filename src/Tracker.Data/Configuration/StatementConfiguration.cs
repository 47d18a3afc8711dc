using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tracker.Data.Entities;

namespace Tracker.Data.Configuration;

internal sealed class StatementConfiguration : IEntityTypeConfiguration<Statement>
{
    public void Configure(EntityTypeBuilder<Statement> builder)
    {
        builder.ConfigureTracked();
        builder.Property(s => s.Slug).HaveSlugLength();
        builder.Property(s => s.SpeakerName).HasMaxLength(500);
        builder.Property(s => s.Text).HasMaxLength(8000);
        builder.Property(s => s.Language).HasMaxLength(8);
        builder.Property(s => s.Notes).HasMaxLength(4000);
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.HasIndex(s => new { s.Date, s.Id });
        builder.HasIndex(s => new { s.Kind, s.Date });
        builder.HasIndex(s => new { s.Action, s.Date });
        builder.HasIndex(s => new { s.LetterId, s.Date });
        builder.HasIndex(s => new { s.LegislationId, s.Date });
        builder.HasIndex(s => new { s.EventId, s.Date });
        builder.HasOne(s => s.Letter).WithMany().HasForeignKey(s => s.LetterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Legislation).WithMany().HasForeignKey(s => s.LegislationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Event).WithMany().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Actors).WithOne().HasForeignKey(a => a.StatementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Citations).WithOne().HasForeignKey(c => c.StatementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Jurisdictions).WithMany().UsingEntity("StatementJurisdictions");
        // The kind of deed is given for an action and only for one.
        builder.ToTable(t => t.HasCheckConstraint("CK_Statements_ActionOfAction", "(\"Kind\" = 'Action') = (\"Action\" IS NOT NULL)"));
    }
}
