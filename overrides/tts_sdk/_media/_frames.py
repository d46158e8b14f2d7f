"""The containers the SDK reads, parsed once for every use: RIFF/WAVE chunks, MP3 frames (with the Xing/Info
frame and its LAME tag), FLAC ``STREAMINFO`` and Ogg Opus. Pure and dependency-free: metadata (``_probe``) and
joining (``_join``) both read audio through here."""

from __future__ import annotations

import struct

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator

#: The size a streamed WAV (OpenAI's, and the embedded server's) puts in its RIFF and data headers.
UNKNOWN_SIZE = 0xFFFFFFFF

#: kbit/s by (MPEG-1?, layer) for bitrate index 1..14.
_MP3_BITRATES = {
    (True, 1): (32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448),
    (True, 2): (32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384),
    (True, 3): (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    (False, 1): (32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256),
    (False, 2): (8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
    (False, 3): (8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
#: Hz by the version bits (3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5) for rate index 0..2.
_MP3_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def riff_chunks(content: bytes) -> list[tuple[bytes, int, int]]:
    """(id, offset of the data, size) of each chunk of a RIFF file; a size past the end (a streamed WAV's
    ``0xFFFFFFFF``) is cut to what is there."""
    found, offset = [], 12
    while offset + 8 <= len(content):
        chunk_id, size = content[offset : offset + 4], struct.unpack_from("<I", content, offset + 4)[0]
        size = min(size, len(content) - offset - 8)
        found.append((chunk_id, offset + 8, size))
        offset += 8 + size + (size & 1)
    return found


def is_wav(content: bytes) -> bool:
    """Does ``content`` start like a RIFF/WAVE file?"""
    return content[:4] == b"RIFF" and content[8:12] == b"WAVE"


def wav_parts(content: bytes) -> tuple[bytes, bytes]:
    """(``fmt `` chunk body, sample data) of a WAV file; ``ValueError`` when it is none."""
    if not is_wav(content):
        raise ValueError("not a WAV file")
    chunks = {chunk_id: (offset, size) for chunk_id, offset, size in riff_chunks(content)}
    if b"fmt " not in chunks:
        raise ValueError("a WAV file without a fmt chunk")
    fmt_offset, fmt_size = chunks[b"fmt "]
    data_offset, data_size = chunks.get(b"data", (len(content), 0))
    return content[fmt_offset : fmt_offset + fmt_size], content[data_offset : data_offset + data_size]


def wav_file(fmt: bytes, samples: bytes) -> bytes:
    """A WAV file of one ``fmt `` chunk and one ``data`` chunk, with true sizes."""
    header = b"RIFF" + struct.pack("<I", 4 + 8 + len(fmt) + 8 + len(samples)) + b"WAVE"
    return header + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", len(samples)) + samples


class Mp3Frame:
    """One MPEG audio frame: where it is, how long, and what its header says."""

    __slots__ = ("channels", "length", "mpeg1", "offset", "rate", "samples", "trim")

    def __init__(self, offset: int, length: int, rate: int, channels: int, samples: int) -> None:
        self.offset, self.length, self.rate, self.channels, self.samples = offset, length, rate, channels, samples
        self.mpeg1 = rate >= 32000  # MPEG-1 rates are 32, 44.1 and 48 kHz; MPEG-2 and 2.5 lower
        #: For the Xing/Info frame: the samples its LAME tag says decoders drop (delay + padding); else None.
        self.trim: int | None = None


def mp3_frames(content: bytes) -> Iterator[Mp3Frame]:
    """The frames of an MP3 in order (an ID3v2 tag skipped, an ID3v1 tag ending it, junk between frames passed
    over); the first frame's :attr:`Mp3Frame.trim` is set when it is a Xing/Info frame (it holds no audio)."""
    offset = 0
    if content[:3] == b"ID3" and len(content) >= 10:
        size = content[6:10]
        offset = 10 + ((size[0] << 21) | (size[1] << 14) | (size[2] << 7) | size[3])
    first = True
    while offset + 4 <= len(content):
        frame = _frame_at(content, offset)
        if frame is None:
            if content[offset : offset + 3] == b"TAG":
                return  # ID3v1 at the end
            offset += 1  # resynchronize
            continue
        if first:
            frame.trim = _info_trim(content, offset, frame)
            first = False
        yield frame
        offset += frame.length


def _frame_at(content: bytes, offset: int) -> Mp3Frame | None:
    header = struct.unpack_from(">I", content, offset)[0]
    if header >> 21 != 0x7FF:
        return None
    version, layer = (header >> 19) & 3, 4 - ((header >> 17) & 3)
    bitrate_index, rate_index = (header >> 12) & 0xF, (header >> 10) & 3
    if version == 1 or layer == 4 or bitrate_index in (0, 15) or rate_index == 3:
        return None
    mpeg1 = version == 3
    rate = _MP3_RATES[version][rate_index]
    bitrate = _MP3_BITRATES[(mpeg1, layer)][bitrate_index - 1] * 1000
    padding = (header >> 9) & 1
    samples = 384 if layer == 1 else 1152 if layer == 2 or mpeg1 else 576
    length = (12 * bitrate // rate + padding) * 4 if layer == 1 else samples // 8 * bitrate // rate + padding
    channels = 1 if (header >> 6) & 3 == 3 else 2
    return Mp3Frame(offset, length, rate, channels, samples)


def _xing_offset(content: bytes, offset: int, frame: Mp3Frame) -> int | None:
    """Where the ``Xing``/``Info`` tag of the frame at ``offset`` is, if it is such a frame."""
    side = (32 if frame.channels == 2 else 17) if frame.mpeg1 else (17 if frame.channels == 2 else 9)
    xing = offset + 4 + side
    return xing if content[xing : xing + 4] in (b"Xing", b"Info") else None


def _info_trim(content: bytes, offset: int, frame: Mp3Frame) -> int | None:
    """None unless the frame is a Xing/Info frame; else the samples its LAME tag says to trim (0 without one)."""
    xing = _xing_offset(content, offset, frame)
    if xing is None:
        return None
    (flags,) = struct.unpack_from(">I", content, xing + 4)
    lame = xing + 8 + 4 * bool(flags & 1) + 4 * bool(flags & 2) + 100 * bool(flags & 4) + 4 * bool(flags & 8)
    if content[lame : lame + 4] != b"LAME":
        return 0
    delay_padding = int.from_bytes(content[lame + 21 : lame + 24], "big")
    return (delay_padding >> 12) + (delay_padding & 0xFFF)


def rewritten_info_frame(content: bytes, frame: Mp3Frame, frame_count: int, byte_count: int) -> bytes:
    """The Xing/Info frame ``frame`` of ``content`` with another file's frame and byte counts and a linear seek
    table (players read a joined file's length from it)."""
    xing = _xing_offset(content, frame.offset, frame)
    data = bytearray(content[frame.offset : frame.offset + frame.length])
    if xing is None:
        return bytes(data)
    position = xing - frame.offset
    flags = int.from_bytes(data[position + 4 : position + 8], "big")
    position += 8
    if flags & 1:
        data[position : position + 4] = frame_count.to_bytes(4, "big")
        position += 4
    if flags & 2:
        data[position : position + 4] = byte_count.to_bytes(4, "big")
        position += 4
    if flags & 4:
        data[position : position + 100] = bytes(i * 256 // 100 for i in range(100))
    return bytes(data)


def flac_streaminfo(content: bytes) -> tuple[int, int, int]:
    """(sample rate, channels, total samples) from a FLAC file's ``STREAMINFO`` (the first metadata block)."""
    # 4-byte block header, min/max block and frame sizes (10 bytes), then 20 bits of sample rate, 3 of
    # channels - 1, 5 of bits per sample - 1, 36 of total samples.
    (packed,) = struct.unpack_from(">Q", content, 4 + 4 + 10)
    return packed >> 44, ((packed >> 41) & 0x7) + 1, packed & 0xFFFFFFFFF


def ogg_opus_head(content: bytes) -> tuple[int, int, int, int] | None:
    """(channels, pre-skip, input rate, last granule position) of an Ogg Opus file, or None."""
    head = content.find(b"OpusHead")
    if head < 0:
        return None
    channels = content[head + 9]
    pre_skip, input_rate = struct.unpack_from("<HI", content, head + 10)
    last = content.rfind(b"OggS")
    (granule,) = struct.unpack_from("<q", content, last + 6)
    return channels, pre_skip, input_rate, granule
