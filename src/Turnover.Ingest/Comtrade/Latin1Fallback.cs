using System.Text;

namespace Turnover.Ingest.Comtrade;

/// <summary>
/// Decodes bytes that are not valid UTF-8 as Latin-1, one character per byte, instead of failing.
/// </summary>
/// <remarks>
/// Used through <see cref="ComtradeText"/>. Comtrade+ downloads are Windows-1252 while bulk files and API responses are UTF-8, and a Latin-1 file can be
/// pure ASCII for its first tens of kilobytes (the real TradeData.csv has its first accented name, "Curaçao", at
/// byte 23,032, past any sniffing window). Only descriptions carry non-ASCII text, never the codes and values the
/// reader stores, so reading valid UTF-8 as UTF-8 and every other byte as Latin-1 is safe for every layout.
/// </remarks>
internal sealed class Latin1Fallback : DecoderFallback
{
    public override int MaxCharCount => 4;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

    private sealed class Buffer : DecoderFallbackBuffer
    {
        private byte[] _bytes = [];
        private int _next;

        public override int Remaining => _bytes.Length - _next;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            _bytes = bytesUnknown;
            _next = 0;
            return bytesUnknown.Length > 0;
        }

        public override char GetNextChar() => _next < _bytes.Length ? (char)_bytes[_next++] : '\0';

        public override bool MovePrevious()
        {
            if (_next == 0)
            {
                return false;
            }

            _next--;
            return true;
        }

        public override void Reset()
        {
            _bytes = [];
            _next = 0;
        }
    }
}
