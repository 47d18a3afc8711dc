using System.Buffers;
using System.Text.Json;

namespace Tracker.GraphQL.Execution;

public static partial class ExecutionResultJson
{
    /// <summary>
    /// The writer of this thread, kept between responses: a <see cref="Utf8JsonWriter"/> is made of a few hundred
    /// bytes, and a server writing tens of thousands of small responses a second would make one for each. Writing is
    /// synchronous from rent to reset, so no other response can meet it on this thread meanwhile.
    /// </summary>
    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>What the kept writer points at between responses, so that it holds on to no response's buffer.</summary>
    private static readonly ArrayBufferWriter<byte> Detached = new(1);

    /// <summary>
    /// Writes <paramref name="result"/> into <paramref name="output"/>, complete when this returns; the number of bytes
    /// written (what was advanced in <paramref name="output"/>: a response's length, counted as the server counts it).
    /// </summary>
    public static long Write(IBufferWriter<byte> output, ExecutionResult result)
    {
        var writer = t_writer;
        if (writer is null)
        {
            writer = new Utf8JsonWriter(output, WriterOptions);
            t_writer = writer;
        }
        else
        {
            writer.Reset(output);
        }
        try
        {
            Write(writer, result);
            writer.Flush();
            return writer.BytesCommitted;
        }
        finally
        {
            writer.Reset(Detached);
        }
    }

    /// <summary>
    /// A buffer of this thread for <see cref="ToUtf8Bytes"/>, kept between responses: a buffer that starts small and
    /// doubles as it fills allocates about twice the answer before the answer's own copy, the larger part of what an
    /// uncached dashboard answer allocated. Used synchronously from write to copy, so no other response meets it.
    /// </summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    /// <summary>The largest buffer a thread keeps: one huge answer does not pin its size to the thread for good.</summary>
    private const int MaxKeptBuffer = 256 * 1024;

    /// <summary><paramref name="result"/> as UTF-8 JSON, in an array of exactly its length.</summary>
    public static byte[] ToUtf8Bytes(ExecutionResult result)
    {
        var buffer = TakeThreadBuffer(result);
        var bytes = buffer.WrittenSpan.ToArray();
        GiveBackThreadBuffer(buffer);
        return bytes;
    }

    /// <summary>
    /// <paramref name="result"/> written into this thread's buffer, which the caller now holds: given back with
    /// <see cref="GiveBackThreadBuffer"/> once nothing reads it any more, or left to the collector if something might.
    /// </summary>
    public static ArrayBufferWriter<byte> TakeThreadBuffer(ExecutionResult result)
    {
        var buffer = t_buffer ?? new ArrayBufferWriter<byte>(4096);
        t_buffer = null;
        Write(buffer, result);
        return buffer;
    }

    /// <summary>Gives a buffer from <see cref="TakeThreadBuffer"/> back to this thread, unless it grew past the bound.</summary>
    public static void GiveBackThreadBuffer(ArrayBufferWriter<byte> buffer)
    {
        if (buffer.Capacity <= MaxKeptBuffer)
        {
            buffer.ResetWrittenCount();
            t_buffer = buffer;
        }
    }
}
