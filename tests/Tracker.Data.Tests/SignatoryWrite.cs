namespace Tracker.Data.Tests;

/// <summary>One kind of write a random sequence of <see cref="SignatoryCountTests"/> draws from.</summary>
internal sealed record SignatoryWrite(string Name, Func<SignatoryWorld, TrackerDbContext, Random, Task> Run);
