"""A streaming PNG encoder: rows go in band by band, so a huge image never sits in memory."""

import struct
import zlib
from collections.abc import Iterable

SIGNATURE = b"\x89PNG\r\n\x1a\n"
NO_FILTER = b"\x00"
"""Each row starts with its filter type: none."""


def chunk(kind: bytes, data: bytes) -> bytes:
    """One PNG chunk: length, type, data, CRC."""
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def encode_rgba(
    width: int, height: int, bands: Iterable[bytes | memoryview], level: int = 6
) -> bytes:
    """A PNG (8-bit RGBA, no interlace) from ``bands`` of whole rows of RGBA bytes, top to bottom.

    Only the compressed output is kept; each band can be dropped (or its image
    reused) once fed in: rows go to the compressor straight from the band, never
    copied, so the band is the only uncompressed image in memory.
    """
    row = width * 4
    compressor = zlib.compressobj(level)
    parts = [SIGNATURE, chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))]
    rows = 0
    for band in bands:
        view = memoryview(band)
        compressed: list[bytes] = []
        for offset in range(0, len(view), row):
            compressed.append(compressor.compress(NO_FILTER))
            compressed.append(compressor.compress(view[offset : offset + row]))
            rows += 1
        data = b"".join(compressed)
        if data:
            parts.append(chunk(b"IDAT", data))
    if rows != height:
        raise ValueError(f"got {rows} rows for an image {height} rows high")
    parts.append(chunk(b"IDAT", compressor.flush()))
    parts.append(chunk(b"IEND", b""))
    return b"".join(parts)
