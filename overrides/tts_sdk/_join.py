"""Join audio synthesized in parts into one file: WAV (one header, summed length), PCM, MP3 (frames)."""

from __future__ import annotations

import struct

from tts_sdk._errors import UnsupportedParameterError

JOINABLE = ("wav", "pcm", "mp3")


def check_joinable(format_name: str | None) -> None:
    """Refuse, before anything is sent, a format whose parts cannot be joined."""
    if format_name not in JOINABLE:
        raise UnsupportedParameterError(
            f"split=True joins parts only as wav, pcm or mp3, not {format_name!r}: pass format='wav' or 'mp3'"
        )


def join_audio(parts: list[bytes], format_name: str) -> bytes:
    """One playable file from the parts, in order."""
    check_joinable(format_name)
    if format_name == "pcm" or len(parts) == 1:
        return b"".join(parts)
    if format_name == "wav":
        return _join_wav(parts)
    return _join_mp3(parts)


def _wav_parts(data: bytes) -> tuple[bytes, bytes]:
    """(fmt chunk body, sample data) of a RIFF/WAVE file; a 0xFFFFFFFF (streamed) data size means "to the end"."""
    if data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise ValueError("not a WAV file")
    position, fmt, samples = 12, b"", b""
    while position + 8 <= len(data):
        kind, size = data[position : position + 4], struct.unpack("<I", data[position + 4 : position + 8])[0]
        body_start = position + 8
        if kind == b"data":
            end = len(data) if size == 0xFFFFFFFF else min(len(data), body_start + size)
            samples = data[body_start:end]
            break
        if kind == b"fmt ":
            fmt = data[body_start : body_start + size]
        position = body_start + size + (size & 1)
    if not fmt:
        raise ValueError("a WAV file without a fmt chunk")
    return fmt, samples


def _join_wav(parts: list[bytes]) -> bytes:
    formats, datas = zip(*(_wav_parts(part) for part in parts), strict=True)
    if len(set(formats)) != 1:
        raise ValueError("the WAV parts have different sample formats")
    samples = b"".join(bytes(data) for data in datas)
    fmt = bytes(formats[0])
    header = b"RIFF" + struct.pack("<I", 4 + 8 + len(fmt) + 8 + len(samples)) + b"WAVE"
    return header + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", len(samples)) + samples


_BITRATES = {
    (1, 1): [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
    (1, 2): [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
    (1, 3): [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
    (2, 1): [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
    (2, 2): [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
}
_RATES = {3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000]}


def _frames(data: bytes) -> tuple[bytes | None, list[bytes]]:
    """The Xing/Info header frame (if any) and the audio frames of an MP3, without ID3 tags."""
    position = 0
    if data[:3] == b"ID3" and len(data) >= 10:
        size = (data[6] << 21) | (data[7] << 14) | (data[8] << 7) | data[9]
        position = 10 + size
    frames: list[bytes] = []
    header_frame: bytes | None = None
    while position + 4 <= len(data):
        header = int.from_bytes(data[position : position + 4], "big")
        length = _frame_length(header)
        if length is None:
            if data[position : position + 3] == b"TAG":
                break  # ID3v1 at the end
            position += 1  # resynchronize
            continue
        frame = data[position : position + length]
        if not frames and header_frame is None and (b"Xing" in frame[:64] or b"Info" in frame[:64]):
            header_frame = frame  # its counts describe one part, not the whole
            position += length
            continue
        frames.append(frame)
        position += length
    return header_frame, frames


def _frame_length(header: int) -> int | None:
    if header >> 21 != 0x7FF:
        return None
    version_bits, layer_bits = (header >> 19) & 3, (header >> 17) & 3
    bitrate_index, rate_index, padding = (header >> 12) & 15, (header >> 10) & 3, (header >> 9) & 1
    if version_bits == 1 or layer_bits == 0 or bitrate_index in (0, 15) or rate_index == 3:
        return None
    version = 1 if version_bits == 3 else 2
    layer = 4 - layer_bits
    table = _BITRATES[(1, layer)] if version == 1 else _BITRATES[(2, 1 if layer == 1 else 2)]
    bitrate = table[bitrate_index] * 1000
    rate = _RATES[version_bits][rate_index]
    if layer == 1:
        return (12 * bitrate // rate + padding) * 4
    samples = 1152 if layer == 2 or version == 1 else 576
    return samples // 8 * bitrate // rate + padding


def _join_mp3(parts: list[bytes]) -> bytes:
    """All audio frames in order, under one VBR header rewritten for the whole (players need it for length)."""
    split = [_frames(part) for part in parts]
    audio = [frame for _, frames in split for frame in frames]
    body = b"".join(audio)
    header = split[0][0]
    if header is None:
        return body
    return _rewrite_vbr_header(header, len(audio), len(header) + len(body)) + body


def _rewrite_vbr_header(frame: bytes, frame_count: int, byte_count: int) -> bytes:
    """A Xing/Info frame with the joined file's frame and byte counts and a linear seek table."""
    tag = frame.find(b"Xing") if b"Xing" in frame[:64] else frame.find(b"Info")
    flags = int.from_bytes(frame[tag + 4 : tag + 8], "big")
    rewritten = bytearray(frame)
    position = tag + 8
    if flags & 1:
        rewritten[position : position + 4] = frame_count.to_bytes(4, "big")
        position += 4
    if flags & 2:
        rewritten[position : position + 4] = byte_count.to_bytes(4, "big")
        position += 4
    if flags & 4:
        rewritten[position : position + 100] = bytes(i * 256 // 100 for i in range(100))
    return bytes(rewritten)
