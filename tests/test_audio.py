"""`Audio` knows what it holds: duration, sample rate and channels from the format's headers; WAV sizes set."""

from __future__ import annotations

import io
import wave
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile
import tts_sdk
from tts_sdk import TTS, Audio, FormatMismatchError, UnknownModelError
from tts_sdk._media._frames import UNKNOWN_SIZE
from tts_sdk._media._probe import probe
from tts_sdk.server import running
from tts_sdk.server._encode import encode, stream_chunk, stream_header

RATE = 22050
TONE = (np.sin(np.linspace(0, 2 * np.pi * 440 * 1.5, int(RATE * 1.5))) * 12000).astype(np.int16)


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with running() as url:
        yield url


@pytest.mark.parametrize("format_name", ["wav", "mp3", "flac", "opus"])
@pytest.mark.parametrize("rate", [None, 8000, 24000, 44100])
def test_headers_give_what_libsndfile_decodes(format_name: str, rate: int | None) -> None:
    content = encode(TONE, RATE, format_name, rate)
    data, decoded_rate = soundfile.read(io.BytesIO(content))
    info = probe(content, format_name)
    assert info.duration is not None and abs(info.duration - len(data) / decoded_rate) < 1e-3
    assert info.sample_rate == decoded_rate and info.channels == 1


def test_raw_pcm_is_read_at_the_rate_the_request_chose() -> None:
    content = encode(TONE, RATE, "pcm", 16000)
    assert probe(content, "pcm", 16000).duration == pytest.approx(1.5, abs=1e-3)
    assert probe(content, "pcm").duration is None  # raw bytes do not say their rate
    assert probe(b"\x00" * 100, "aac").duration is None and probe(b"", None).sample_rate is None


def test_a_streamed_wav_gets_its_true_sizes_so_wave_reads_it() -> None:
    streamed = stream_header("wav", RATE) + stream_chunk(TONE, RATE, "wav")
    assert int.from_bytes(streamed[4:8], "little") == UNKNOWN_SIZE
    with wave.open(io.BytesIO(streamed)) as raw:
        assert raw.getnframes() == 2_147_483_647  # what Python's wave makes of the streamed sizes
    audio = Audio(streamed, content_type="audio/wav", format="wav", model="m")
    with wave.open(io.BytesIO(audio.content)) as fixed:
        assert fixed.getnframes() == len(TONE)
    assert audio.duration == pytest.approx(1.5, abs=1e-3) and audio.channels == 1
    assert len(audio.content) == len(streamed)


def test_every_format_through_the_facade_knows_its_length(base: str, tmp_path: Path) -> None:
    with TTS(base_url=base) as client:
        for format_name in ("mp3", "wav", "flac", "opus", "pcm"):
            audio = client.speech.create(
                model="tts-1", text="Hello there. How are you?", voice="alloy", format=format_name
            )
            assert audio.duration is not None and 1.0 < audio.duration < 5.0, format_name
            if format_name in ("pcm", "opus"):
                assert audio.sample_rate == 24000
            if format_name == "wav":
                with wave.open(io.BytesIO(audio.content)) as read:
                    assert read.getnframes() / read.getframerate() == pytest.approx(audio.duration)
            assert "duration=" in repr(audio)


def test_save_refuses_an_extension_naming_another_format(tmp_path: Path) -> None:
    audio = Audio(encode(TONE, RATE, "wav"), content_type="audio/wav", format="wav", model="m")
    with pytest.raises(FormatMismatchError, match=r"refusing to write wav audio to .*x\.mp3: its extension names mp3"):
        audio.save(tmp_path / "x.mp3")
    assert not (tmp_path / "x.mp3").exists()
    assert audio.save(tmp_path / "x.mp3", force=True).read_bytes() == audio.content
    assert audio.save(tmp_path / "x.wav").is_file() and audio.save(tmp_path / "x.bin").is_file()


def test_voices_lists_a_models_voices_in_python() -> None:
    assert "Maitê" in tts_sdk.voices("inworld/tts-1-max")
    assert tts_sdk.voices("minimax/speech-2.8-hd")[0] == "Wise_Woman"
    assert "alloy" in tts_sdk.voices("tts-1")
    with pytest.raises(UnknownModelError):
        tts_sdk.voices("vendor/none")
