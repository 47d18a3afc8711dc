using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tracker.Data.Entities;

namespace Tracker.Data.Configuration;

internal sealed class LetterSignatoryCountConfiguration : IEntityTypeConfiguration<LetterSignatoryCount>
{
    public void Configure(EntityTypeBuilder<LetterSignatoryCount> builder)
    {
        // The key serves the only read: every state of a batch of letters.
        builder.HasKey(c => new { c.LetterId, c.State });
        builder.Property(c => c.State).HasMaxLength(2);
        builder.HasOne<Letter>().WithMany().HasForeignKey(c => c.LetterId).OnDelete(DeleteBehavior.Cascade);
    }
}
