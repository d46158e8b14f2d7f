"""Join audio synthesized in parts into one file: WAV (one header, summed length), PCM, MP3 (frames)."""

from __future__ import annotations

from tts_sdk._errors import UnsupportedParameterError
from tts_sdk._media._frames import mp3_frames, rewritten_info_frame, wav_file, wav_parts

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
        formats, datas = zip(*(wav_parts(part) for part in parts), strict=True)
        if len(set(formats)) != 1:
            raise ValueError("the WAV parts have different sample formats")
        return wav_file(formats[0], b"".join(datas))
    return _join_mp3(parts)


def _join_mp3(parts: list[bytes]) -> bytes:
    """All audio frames in order, under one VBR header rewritten for the whole (players need it for length)."""
    audio: list[bytes] = []
    header = None
    for index, part in enumerate(parts):
        for frame in mp3_frames(part):
            if frame.trim is not None:  # a Xing/Info frame: its counts describe one part, not the whole
                if index == 0:
                    header = frame
                continue
            audio.append(part[frame.offset : frame.offset + frame.length])
    body = b"".join(audio)
    if header is None:
        return body
    info = rewritten_info_frame(parts[0], header, len(audio), header.length + len(body))
    return info + body
