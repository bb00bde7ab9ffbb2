using System.Runtime.InteropServices;

namespace Turnover.Ingest.Internal;

/// <summary>
/// A path's file type from Linux <c>statx(2)</c>, following symbolic links: .NET reports neither FIFOs nor devices
/// (see <see cref="InputFile"/>), and <c>statx</c>'s result layout, unlike <c>struct stat</c>'s, is the same on every
/// architecture.
/// </summary>
internal static class Statx
{
    public const int TypeMask = 0xF000;
    public const int Fifo = 0x1000;
    public const int CharacterDevice = 0x2000;
    public const int Directory = 0x4000;
    public const int BlockDevice = 0x6000;
    public const int Regular = 0x8000;
    public const int Socket = 0xC000;

    public const int ENoEnt = 2;
    public const int EAcces = 13;
    public const int ENotDir = 20;
    public const int ENameTooLong = 36;
    public const int ELoop = 40;

    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;

    /// <summary>
    /// The type bits of <paramref name="path"/>'s mode (<see cref="TypeMask"/>), or the <c>errno</c> when it cannot be
    /// examined. Throws <see cref="EntryPointNotFoundException"/> or <see cref="DllNotFoundException"/> where there is no
    /// <c>statx</c>.
    /// </summary>
    public static (int Type, int Error) TypeOf(string path)
    {
        if (Call(AtFdCwd, path, 0, StatxType, out var status) != 0)
        {
            return (0, Marshal.GetLastPInvokeError());
        }

        return (status.Mode & TypeMask, 0);
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Call(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out StatxResult result);

    /// <summary>The start of <c>struct statx</c> (256 bytes); only the file type and mode are read.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxResult
    {
        [FieldOffset(28)]
        public ushort Mode;
    }
}
