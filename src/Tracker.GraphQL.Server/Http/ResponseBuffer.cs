using System.Buffers;

namespace Tracker.GraphQL.Server.Http;

/// <summary>
/// One buffer per thread for a response's JSON before it is sent, so that the response can carry its
/// <c>Content-Length</c>: written straight into the body, a response whose length is unknown until it ends goes out
/// chunked, and Kestrel frames it and writes a last, empty chunk. Writing is synchronous from rent to return, so no
/// other response meets the buffer on this thread meanwhile; one grown past <see cref="KeptBytes"/> is left to the
/// collector rather than held by an idle thread.
/// </summary>
internal static class ResponseBuffer
{
    private const int KeptBytes = 64 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    public static ArrayBufferWriter<byte> Rent()
    {
        var buffer = t_buffer ?? new ArrayBufferWriter<byte>(1024);
        t_buffer = null;
        return buffer;
    }

    public static void Return(ArrayBufferWriter<byte> buffer)
    {
        if (buffer.Capacity <= KeptBytes)
        {
            buffer.ResetWrittenCount();
            t_buffer = buffer;
        }
    }
}
