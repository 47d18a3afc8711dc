using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tracker.Data.Entities;

namespace Tracker.Data.Configuration;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.ConfigureTracked();
        builder.Property(e => e.Slug).HaveSlugLength();
        builder.Property(e => e.Title).HasMaxLength(500);
        builder.Property(e => e.TimeZone).HasMaxLength(64);
        builder.Property(e => e.PlaceName).HasMaxLength(500);
        builder.Property(e => e.Address).HasMaxLength(1000);
        // Description and notes have no length: an event moved from a CAMPAIGN letter keeps the letter's body (which has
        // none either), its notes and every printed addressee.
        builder.Property(e => e.Notes);
        builder.Property(e => e.LegacyLetterSlug).HasMaxLength(200);
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.HasIndex(e => e.LegacyLetterSlug);
        builder.HasIndex(e => new { e.StartsOn, e.Id });
        builder.HasIndex(e => new { e.Kind, e.StartsOn });
        builder.HasIndex(e => new { e.Title, e.Id });
        builder.HasIndex(e => new { e.JurisdictionId, e.StartsOn });
        builder.HasOne(e => e.Jurisdiction).WithMany().HasForeignKey(e => e.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Actors).WithOne().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Citations).WithOne().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Targets).WithMany().UsingEntity("EventTargets");
        builder.HasMany(e => e.Letters).WithMany().UsingEntity("EventLetters");
        builder.HasMany(e => e.Legislation).WithMany().UsingEntity("EventLegislation");
    }
}
