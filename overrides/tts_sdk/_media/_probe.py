"""What audio bytes hold: duration, sample rate and channels, read from the format's own headers (``_frames``).

``None`` wherever the bytes do not tell.
"""

from __future__ import annotations

import struct

from tts_sdk._media._frames import (
    flac_streaminfo,
    is_wav,
    mp3_frames,
    ogg_opus_head,
    riff_chunks,
)


class AudioInfo:
    """Duration in seconds, sample rate in Hz and channel count; each None when the format does not tell."""

    __slots__ = ("channels", "duration", "sample_rate")

    def __init__(self, duration: float | None = None, sample_rate: int | None = None, channels: int | None = None):
        self.duration, self.sample_rate, self.channels = duration, sample_rate, channels

    def __repr__(self) -> str:
        return f"AudioInfo(duration={self.duration!r}, sample_rate={self.sample_rate!r}, channels={self.channels!r})"


def probe(content: bytes, format_name: str | None, pcm_rate: int | None = None) -> AudioInfo:
    """What ``content`` holds; the magic bytes win over ``format_name`` (which names raw PCM's layout)."""
    try:
        if is_wav(content):
            return _wav(content)
        if content[:4] == b"fLaC":
            rate, channels, total = flac_streaminfo(content)
            return AudioInfo(total / rate if total and rate else None, rate or None, channels)
        if content[:4] == b"OggS":
            return _ogg_opus(content)
        if format_name == "mp3" or content[:3] == b"ID3" or content[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"):
            return _mp3(content)
        if format_name == "pcm" and pcm_rate:
            return AudioInfo(len(content) / 2 / pcm_rate, pcm_rate, 1)
    except (struct.error, IndexError, ValueError, ZeroDivisionError):
        pass
    return AudioInfo()


def _wav(content: bytes) -> AudioInfo:
    chunks = {chunk_id: (offset, size) for chunk_id, offset, size in riff_chunks(content)}
    if b"fmt " not in chunks:
        return AudioInfo()
    offset, _ = chunks[b"fmt "]
    _, channels, rate, _, block_align, _ = struct.unpack_from("<HHIIHH", content, offset)
    duration = chunks[b"data"][1] / block_align / rate if b"data" in chunks and block_align and rate else None
    return AudioInfo(duration, rate, channels)


def fixed_wav_sizes(content: bytes) -> bytes:
    """A complete streamed WAV with its RIFF and ``data`` sizes set from the bytes held (others unchanged).

    Streamed WAV says ``0xFFFFFFFF`` for both (it is sent before its length is known); Python's ``wave`` then
    reports 2,147,483,647 frames. With the whole body in hand, the true sizes can be written.
    """
    if not is_wav(content):
        return content
    for chunk_id, offset, size in riff_chunks(content):
        if chunk_id == b"data":
            declared = struct.unpack_from("<I", content, offset - 4)[0]
            riff = struct.unpack_from("<I", content, 4)[0]
            if declared == size and riff == len(content) - 8:
                return content
            fixed = bytearray(content)
            struct.pack_into("<I", fixed, 4, len(content) - 8)
            struct.pack_into("<I", fixed, offset - 4, size)
            return bytes(fixed)
    return content


def _ogg_opus(content: bytes) -> AudioInfo:
    head = ogg_opus_head(content)
    if head is None:
        return AudioInfo()
    channels, pre_skip, input_rate, granule = head
    duration = (granule - pre_skip) / 48000 if granule > 0 else None  # granules count at 48 kHz
    return AudioInfo(duration, input_rate or 48000, channels)


def _mp3(content: bytes) -> AudioInfo:
    samples, rate, channels, trimmed = 0, None, None, 0
    for frame in mp3_frames(content):
        if rate is None:
            rate, channels = frame.rate, frame.channels
            if frame.trim is not None:
                trimmed = frame.trim  # the encoder's delay and padding, which decoders drop
                continue  # the Xing/Info frame holds no audio
        samples += frame.samples
    samples -= trimmed
    return AudioInfo(samples / rate if rate and samples > 0 else None, rate, channels)
