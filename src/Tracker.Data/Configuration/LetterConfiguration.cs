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
        // Letters of one kind by title, read in order (the sort by writtenOn has indexes on an expression, which
        // the model cannot describe: Migrations/LetterSortIndexes.cs).
        builder.HasIndex(l => new { l.Kind, l.Title, l.Id });
        builder.HasIndex(l => l.DeliveredOn);
        builder.HasMany(l => l.Addressees).WithOne().HasForeignKey(a => a.LetterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.Signatures).WithOne(s => s.Letter).HasForeignKey(s => s.LetterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(l => l.Citations).WithOne().HasForeignKey(c => c.LetterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.Organizers).WithMany().UsingEntity("LetterOrganizers");
        builder.HasMany(l => l.Targets).WithMany().UsingEntity("LetterTargets");
    }
}
