using Tracker.GraphQL.Cli;

// Ctrl+C cancels a long execution instead of killing the process mid-write.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await CliApp.RunAsync(args, Console.In, Console.Out, Console.Error, cancellation.Token);
