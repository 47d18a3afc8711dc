namespace Tracker.Api.Letters;

public sealed record DeliverLetterInput(string Id, int Version, DateOnly DeliveredOn) : IUpdateInput;
