namespace Tracker.Api.Letters;

/// <summary>A recipient or cc of a letter, as printed.</summary>
public sealed record AddresseeModel(AddresseeRole Role, string Name);
