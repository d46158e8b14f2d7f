"""What audio bytes hold: duration, sample rate and channels, read from the format's own headers.

Pure and dependency-free (no numpy, no soundfile): WAV chunks, raw PCM at a known rate, MP3 frame headers
(every frame walked, so VBR is exact), FLAC ``STREAMINFO`` and Ogg Opus (``OpusHead`` and the last page's
granule position). ``None`` wherever the bytes do not tell.
"""

from __future__ import annotations

import struct

#: The size a streamed WAV (OpenAI's, and the embedded server's) puts in its RIFF and data headers.
UNKNOWN_SIZE = 0xFFFFFFFF

_MP3_BITRATES = {  # kbit/s by (MPEG-1?, layer) for index 1..14
    (True, 3): (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    (True, 2): (32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384),
    (True, 1): (32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448),
    (False, 3): (8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
    (False, 2): (8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
    (False, 1): (32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256),
}
_MP3_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


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
        if content[:4] == b"RIFF" and content[8:12] == b"WAVE":
            return _wav(content)
        if content[:4] == b"fLaC":
            return _flac(content)
        if content[:4] == b"OggS":
            return _ogg_opus(content)
        if format_name == "mp3" or content[:3] == b"ID3" or content[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"):
            return _mp3(content)
        if format_name == "pcm" and pcm_rate:
            return AudioInfo(len(content) / 2 / pcm_rate, pcm_rate, 1)
    except (struct.error, IndexError, ValueError, ZeroDivisionError):
        pass
    return AudioInfo()


def _chunks(content: bytes) -> list[tuple[bytes, int, int]]:
    """(id, offset of data, size) of each RIFF chunk; a size past the end is cut to what is there."""
    found, offset = [], 12
    while offset + 8 <= len(content):
        chunk_id, size = content[offset : offset + 4], struct.unpack_from("<I", content, offset + 4)[0]
        size = min(size, len(content) - offset - 8)
        found.append((chunk_id, offset + 8, size))
        offset += 8 + size + (size & 1)
    return found


def _wav(content: bytes) -> AudioInfo:
    chunks = {chunk_id: (offset, size) for chunk_id, offset, size in _chunks(content)}
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
    if content[:4] != b"RIFF" or content[8:12] != b"WAVE":
        return content
    for chunk_id, offset, size in _chunks(content):
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


def _flac(content: bytes) -> AudioInfo:
    # STREAMINFO is the first metadata block: 4-byte block header, then min/max block and frame sizes (10 bytes),
    # then 20 bits of sample rate, 3 of channels - 1, 5 of bits per sample - 1, 36 of total samples.
    (packed,) = struct.unpack_from(">Q", content, 4 + 4 + 10)
    rate = packed >> 44
    channels = ((packed >> 41) & 0x7) + 1
    total = packed & 0xFFFFFFFFF
    return AudioInfo(total / rate if total and rate else None, rate or None, channels)


def _ogg_opus(content: bytes) -> AudioInfo:
    head = content.find(b"OpusHead")
    if head < 0:
        return AudioInfo()
    channels = content[head + 9]
    pre_skip, input_rate = struct.unpack_from("<HI", content, head + 10)
    last = content.rfind(b"OggS")
    (granule,) = struct.unpack_from("<q", content, last + 6)
    duration = (granule - pre_skip) / 48000 if granule > 0 else None  # granules count at 48 kHz
    return AudioInfo(duration, input_rate or 48000, channels)


def _mp3(content: bytes) -> AudioInfo:
    offset = 0
    if content[:3] == b"ID3":
        size = content[6:10]
        offset = 10 + ((size[0] << 21) | (size[1] << 14) | (size[2] << 7) | size[3])
    samples, rate, channels, trimmed = 0, None, None, 0
    while offset + 4 <= len(content):
        header = struct.unpack_from(">I", content, offset)[0]
        if header >> 21 != 0x7FF:
            next_sync = content.find(b"\xff", offset + 1)
            if next_sync < 0:
                break
            offset = next_sync
            continue
        version, layer = (header >> 19) & 3, 4 - ((header >> 17) & 3)
        bitrate_index, rate_index = (header >> 12) & 0xF, (header >> 10) & 3
        if version == 1 or layer == 4 or bitrate_index in (0, 15) or rate_index == 3:
            offset += 1
            continue
        mpeg1 = version == 3
        frame_rate = _MP3_RATES[version][rate_index]
        bitrate = _MP3_BITRATES[(mpeg1, layer)][bitrate_index - 1] * 1000
        padding = (header >> 9) & 1
        per_frame = 384 if layer == 1 else 1152 if layer == 2 or mpeg1 else 576
        length = (
            (12 * bitrate // frame_rate + padding) * 4
            if layer == 1
            else per_frame // 8 * bitrate // frame_rate + padding
        )
        if rate is None:
            rate, channels = frame_rate, 1 if (header >> 6) & 3 == 3 else 2
            info = _info_frame(content, offset, mpeg1, channels)
            if info is not None:
                trimmed = info  # the encoder's delay and padding, which decoders drop
                offset += length  # the Xing/Info frame holds no audio
                continue
        samples += per_frame
        offset += length
    samples -= trimmed
    return AudioInfo(samples / rate if rate and samples > 0 else None, rate, channels)


def _info_frame(content: bytes, offset: int, mpeg1: bool, channels: int) -> int | None:
    """None unless the frame at ``offset`` is a Xing/Info frame; else the samples its LAME tag says to trim."""
    side = (32 if channels == 2 else 17) if mpeg1 else (17 if channels == 2 else 9)
    xing = offset + 4 + side
    if content[xing : xing + 4] not in (b"Xing", b"Info"):
        return None
    (flags,) = struct.unpack_from(">I", content, xing + 4)
    lame = xing + 8 + 4 * bool(flags & 1) + 4 * bool(flags & 2) + 100 * bool(flags & 4) + 4 * bool(flags & 8)
    if content[lame : lame + 4] != b"LAME":
        return 0
    delay_padding = int.from_bytes(content[lame + 21 : lame + 24], "big")
    return (delay_padding >> 12) + (delay_padding & 0xFFF)
