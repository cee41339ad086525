"""A streaming PNG encoder: rows go in band by band, so a huge image never sits in memory."""

import struct
import zlib
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor

SIGNATURE = b"\x89PNG\r\n\x1a\n"
NO_FILTER = b"\x00"
"""Each row starts with its filter type: none."""
RUN_BYTES = 4 * 1024 * 1024
"""Rows go to zlib in runs of about this many bytes (fewer calls; a small copy each)."""


def chunk(kind: bytes, data: bytes) -> bytes:
    """One PNG chunk: length, type, data, CRC."""
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def encode_rgba(
    width: int,
    height: int,
    bands: Iterable[bytes | memoryview],
    level: int = 6,
    alongside: bool = False,
) -> bytes:
    """A PNG (8-bit RGBA, no interlace) from ``bands`` of whole rows of RGBA bytes, top to bottom.

    Only the compressed output is kept; rows go to the compressor straight from the
    band (in runs of rows a few megabytes long, each row after its filter byte), so
    the bands are the only uncompressed image in memory.

    Each band can be dropped (or its image reused) once fed in. With ``alongside``,
    a band is compressed in a second thread while the next one is made (zlib lets go
    of Python's lock while it works): then each band must stay valid until the band
    after the next is asked for, and two bands are in memory at once.
    """
    row = width * 4
    per_run = max(1, RUN_BYTES // (row + 1))
    compressor = zlib.compressobj(level)
    parts = [SIGNATURE, chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))]
    counted = [0]

    def compress(band: bytes | memoryview) -> None:
        view = memoryview(band)
        count = len(view) // row
        compressed: list[bytes] = []
        for first in range(0, count, per_run):
            rows = range(first, min(count, first + per_run))
            run = b"".join(
                piece for i in rows for piece in (NO_FILTER, view[i * row : (i + 1) * row])
            )
            compressed.append(compressor.compress(run))
        counted[0] += count
        data = b"".join(compressed)
        if data:
            parts.append(chunk(b"IDAT", data))

    if alongside:
        with ThreadPoolExecutor(1, thread_name_prefix="png") as worker:
            pending: Future[None] | None = None
            for band in bands:  # the next band is made while the worker compresses
                if pending is not None:
                    pending.result()
                pending = worker.submit(compress, band)
            if pending is not None:
                pending.result()
    else:
        for band in bands:
            compress(band)
    if counted[0] != height:
        raise ValueError(f"got {counted[0]} rows for an image {height} rows high")
    parts.append(chunk(b"IDAT", compressor.flush()))
    parts.append(chunk(b"IEND", b""))
    return b"".join(parts)
