"""Encode 16-bit mono samples to the API formats with soundfile (libsndfile): wav, pcm, mp3, flac, opus."""

from __future__ import annotations

import struct
import tempfile

import numpy as np
import soundfile

TYPE_CHECKING = False
if TYPE_CHECKING:
    from numpy.typing import NDArray

#: format -> (media type, soundfile format, subtype, sample rate or None for the synthesizer's).
FORMATS: dict[str, tuple[str, str, str, int | None]] = {
    "wav": ("audio/wav", "WAV", "PCM_16", None),
    "flac": ("audio/flac", "FLAC", "PCM_16", None),
    "mp3": ("audio/mpeg", "MP3", "MPEG_LAYER_III", None),
    "opus": ("audio/ogg", "OGG", "OPUS", 24000),  # Opus only takes 8, 12, 16, 24 or 48 kHz
    "pcm": ("audio/pcm", "RAW", "PCM_16", 24000),  # OpenAI's pcm: 24 kHz, 16-bit signed little-endian
    "ulaw": ("audio/basic", "RAW", "ULAW", 8000),  # G.711 u-law, as telephony formats (ulaw_8000, mulaw) ask
    "alaw": ("audio/x-alaw-basic", "RAW", "ALAW", 8000),
    "pcm_f32le": ("audio/pcm", "RAW", "FLOAT", 24000),  # 32-bit float little-endian (Cartesia's raw pcm_f32le)
}
#: Codec names of other vocabularies (Deepgram's and Cartesia's ``encoding``) -> this server's format names.
ALIASES = {"linear16": "pcm", "mulaw": "ulaw", "pcm_s16le": "pcm", "pcm_mulaw": "ulaw", "pcm_alaw": "alaw"}
#: The sample rates Opus takes; another requested rate is rounded up to one of these.
_OPUS_RATES = (8000, 12000, 16000, 24000, 48000)
#: Formats that can be sent while they are made: no header that depends on the total length.
STREAMABLE = ("pcm", "wav")


class UnsupportedFormatError(ValueError):
    """A format this server cannot make (aac: libsndfile has no AAC encoder)."""


def media_type(format_name: str) -> str:
    """The Content-Type of a format."""
    return _spec(format_name)[0]


def output_rate(format_name: str, native_rate: int, requested: int | None = None) -> int:
    """The sample rate a format is written at: the requested one (Opus: the nearest it takes), else its own."""
    if requested:
        if format_name == "opus":
            return next((rate for rate in _OPUS_RATES if rate >= requested), 48000)
        return requested
    return _spec(format_name)[3] or native_rate


def resample(samples: NDArray[np.int16], source: int, target: int) -> NDArray[np.int16]:
    """Linear-interpolation resampling (plenty for a robotic voice)."""
    if source == target or not len(samples):
        return samples
    positions = np.linspace(0, len(samples) - 1, round(len(samples) * target / source))
    return np.interp(positions, np.arange(len(samples)), samples).astype(np.int16)


#: Encoded audio stays in memory up to this size, then moves to a temporary file.
SPOOL_BYTES = 4 * 1024 * 1024


class Encoder:
    """Audio encoded piece by piece into a spooled file: memory up to :data:`SPOOL_BYTES`, then disk.

    libsndfile writes the length-dependent headers (WAV sizes, FLAC totals) when it is closed, by seeking back,
    so however long the speech, only one piece of samples is held at a time.
    """

    def __init__(self, format_name: str, native_rate: int, rate: int | None = None) -> None:
        _, container, subtype, _ = _spec(format_name)
        self.format_name, self.native_rate = format_name, native_rate
        self.rate = output_rate(format_name, native_rate, rate)
        #: Where the encoding goes; whoever takes it from :meth:`finish` closes it.
        self.file: tempfile.SpooledTemporaryFile[bytes] = tempfile.SpooledTemporaryFile(  # noqa: SIM115
            SPOOL_BYTES, prefix="tts-sdk-"
        )
        self._sound: soundfile.SoundFile | None = None
        if format_name != "pcm":
            extra = {"endian": "LITTLE"} if container == "RAW" else {}
            self._sound = soundfile.SoundFile(
                self.file, "w", samplerate=self.rate, channels=1, format=container, subtype=subtype, **extra
            )

    def write(self, samples: NDArray[np.int16]) -> None:
        """Encode one piece (at the synthesizer's rate; resampled here)."""
        data = resample(samples, self.native_rate, self.rate)
        if self._sound is None:
            self.file.write(data.astype("<i2").tobytes())
        elif len(data):
            self._sound.write(data)

    def finish(self) -> tuple[tempfile.SpooledTemporaryFile[bytes], int]:
        """Close the encoding; the file (rewound) and its size in bytes. The caller closes the file."""
        if self._sound is not None:
            self._sound.close()
        size = self.file.seek(0, 2)
        self.file.seek(0)
        return self.file, size


def encode(samples: NDArray[np.int16], native_rate: int, format_name: str, rate: int | None = None) -> bytes:
    """The whole audio in ``format_name``, at ``rate`` (default: the format's own or the synthesizer's)."""
    encoder = Encoder(format_name, native_rate, rate)
    encoder.write(samples)
    file, _ = encoder.finish()
    with file:
        return file.read()


def stream_header(format_name: str, native_rate: int, requested: int | None = None) -> bytes:
    """What a streamed format starts with: a WAV header with unknown length (as OpenAI streams it), or nothing."""
    if format_name != "wav":
        return b""
    rate = output_rate(format_name, native_rate, requested)
    unknown = 0xFFFFFFFF
    fmt = struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16)
    return b"RIFF" + struct.pack("<I", unknown) + b"WAVEfmt " + fmt + b"data" + struct.pack("<I", unknown)


def stream_chunk(samples: NDArray[np.int16], native_rate: int, format_name: str, requested: int | None = None) -> bytes:
    """Raw samples of one streamed piece (pcm, or the data of a streamed wav)."""
    rate = output_rate(format_name, native_rate, requested)
    return resample(samples, native_rate, rate).astype("<i2").tobytes()


def _spec(format_name: str) -> tuple[str, str, str, int | None]:
    if format_name not in FORMATS:
        available = ", ".join(FORMATS)
        raise UnsupportedFormatError(
            f"this server cannot make {format_name!r} audio (soundfile has no encoder for it); use one of: {available}"
        )
    return FORMATS[format_name]
