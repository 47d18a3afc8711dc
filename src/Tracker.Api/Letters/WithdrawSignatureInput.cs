namespace Tracker.Api.Letters;

public sealed record WithdrawSignatureInput(string Id, int Version, DateOnly WithdrawnOn) : IUpdateInput;
