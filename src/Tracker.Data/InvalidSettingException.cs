namespace Tracker.Data;

/// <summary>
/// A setting the server cannot use: its message names the setting and the value given. The server refuses to start
/// on one, printing the message alone (no stack trace: it is the operator's input, not a fault in the code).
/// </summary>
public sealed class InvalidSettingException(string message) : InvalidOperationException(message);
