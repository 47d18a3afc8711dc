using System.Diagnostics;
using System.IO.Pipelines;
using System.Net.WebSockets;
using Microsoft.Extensions.Logging.Abstractions;
using Tracker.GraphQL.Server.Subscriptions;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>The server's side of the closing handshake, over an in-memory socket pair.</summary>
public sealed class WebSocketClosingTests
{
    [Fact]
    public async Task A_client_that_never_answers_the_close_frame_is_cut_off_after_the_timeout()
    {
        var (server, client) = Pair();
        var clock = Stopwatch.StartNew();

        await WebSocketClosing.CloseWithinAsync(server, 4400, "Invalid message received", TimeSpan.FromMilliseconds(200), NullLogger.Instance);

        Assert.Equal(WebSocketState.Aborted, server.State);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(150), TimeSpan.FromSeconds(5));
        var received = await client.ReceiveAsync(new byte[64], CancellationToken.None);
        Assert.Equal(WebSocketMessageType.Close, received.MessageType);
        Assert.Equal((WebSocketCloseStatus)4400, client.CloseStatus);
    }

    [Fact]
    public async Task A_client_that_answers_completes_the_handshake()
    {
        var (server, client) = Pair();
        var answer = Task.Run(async () =>
        {
            await client.ReceiveAsync(new byte[64], CancellationToken.None);
            await client.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        });

        await WebSocketClosing.CloseWithinAsync(server, 4408, "Connection initialisation timeout", TimeSpan.FromSeconds(10), NullLogger.Instance);
        await answer;

        Assert.Equal(WebSocketState.Closed, server.State);
    }

    /// <summary>Two connected WebSockets (server and client ends) over in-memory pipes.</summary>
    private static (WebSocket Server, WebSocket Client) Pair()
    {
        var toServer = new Pipe();
        var toClient = new Pipe();
        var server = WebSocket.CreateFromStream(new DuplexStream(toServer.Reader.AsStream(), toClient.Writer.AsStream()), isServer: true, subProtocol: null, keepAliveInterval: Timeout.InfiniteTimeSpan);
        var client = WebSocket.CreateFromStream(new DuplexStream(toClient.Reader.AsStream(), toServer.Writer.AsStream()), isServer: false, subProtocol: null, keepAliveInterval: Timeout.InfiniteTimeSpan);
        return (server, client);
    }

    private sealed class DuplexStream(Stream input, Stream output) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => output.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => output.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => input.Read(buffer, offset, count);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => input.ReadAsync(buffer, cancellationToken);

        public override void Write(byte[] buffer, int offset, int count) => output.Write(buffer, offset, count);

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => output.WriteAsync(buffer, cancellationToken);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
