"""The providers' own Python packages, unchanged, against ``tts-sdk serve``: each points at the server by its own
base-URL option, sends what it sends (its own headers, its own ``Cartesia-Version``) and gets real speech back, in
the format it asked for; a wrong key is refused in the provider's own terms. (openai's package: tests/test_server.py.)

Pinned in the dev extra: elevenlabs 2.78.0, deepgram-sdk 7.17.0, cartesia 4.2.0.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import cartesia
import elevenlabs
import numpy as np
import pytest
import soundfile
from deepgram import DeepgramClient
from deepgram.environment import DeepgramClientEnvironment
from tts_sdk.server import running

KEY = "sk-official-clients"
TEXT = "The quick brown fox jumps over the lazy dog. It was a sunny day."


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with running(require_key=KEY) as url:
        yield url


def seconds_of(content: bytes, *, raw_rate: int | None = None, dtype: str = "<i2") -> float:
    """Length of decoded speech, checked not to be silence; raw PCM at ``raw_rate``."""
    if raw_rate is not None:
        data = np.frombuffer(content, dtype=dtype).astype("float64")
        data = data / 32768 if dtype == "<i2" else data
        rate = raw_rate
    else:
        data, rate = soundfile.read(io.BytesIO(content), dtype="float64")
    assert float(np.sqrt(np.mean(np.square(data)))) > 0.01, "silence"
    return len(data) / rate


def test_elevenlabs_convert_and_stream(base: str) -> None:
    client = elevenlabs.ElevenLabs(api_key=KEY, base_url=base)
    audio = b"".join(client.text_to_speech.convert(voice_id="JBFqnCBsd6RMkjVDRZzb", text=TEXT,
                                                   model_id="eleven_multilingual_v2",
                                                   output_format="mp3_44100_128"))  # fmt: skip
    assert soundfile.info(io.BytesIO(audio)).samplerate == 44100 and 2 < seconds_of(audio) < 10
    streamed = b"".join(client.text_to_speech.stream(voice_id="JBFqnCBsd6RMkjVDRZzb", text=TEXT,
                                                     output_format="pcm_16000"))  # fmt: skip
    assert 2 < seconds_of(streamed, raw_rate=16000) < 10
    with pytest.raises(elevenlabs.core.ApiError) as refused:
        b"".join(elevenlabs.ElevenLabs(api_key="wrong", base_url=base).text_to_speech.convert(
            voice_id="JBFqnCBsd6RMkjVDRZzb", text="Hi"))  # fmt: skip
    assert refused.value.status_code == 401


def test_deepgram_generate(base: str) -> None:
    environment = DeepgramClientEnvironment(base=base, production=base, agent=base, agent_rest=base)
    client = DeepgramClient(api_key=KEY, environment=environment)
    audio = b"".join(client.speak.v1.audio.generate(text=TEXT, model="aura-2-thalia-en", encoding="linear16",
                                                    container="wav"))  # fmt: skip
    assert audio[:4] == b"RIFF" and 2 < seconds_of(audio) < 10
    mp3 = b"".join(client.speak.v1.audio.generate(text=TEXT, model="aura-asteria-en"))  # its defaults: mp3
    assert 2 < seconds_of(mp3) < 10
    with pytest.raises(Exception) as refused:  # the package's own error class, checked below
        b"".join(DeepgramClient(api_key="wrong", environment=environment).speak.v1.audio.generate(text="Hi"))
    assert getattr(refused.value, "status_code", None) == 401


def test_cartesia_generate_and_sse(base: str) -> None:
    client = cartesia.Cartesia(api_key=KEY, base_url=base, max_retries=0)
    voice = {"mode": "id", "id": "a0e99841-438c-4a64-b679-ae501e7d6091"}
    wav_format = {"container": "wav", "encoding": "pcm_s16le", "sample_rate": 44100}
    wav = client.tts.generate(model_id="sonic-3", transcript=TEXT, voice=voice, output_format=wav_format)  # type: ignore[arg-type]
    audio = wav.read()
    assert soundfile.info(io.BytesIO(audio)).samplerate == 44100 and 2 < seconds_of(audio) < 10
    raw_format = {"container": "raw", "encoding": "pcm_f32le", "sample_rate": 24000}
    raw = client.tts.generate(model_id="sonic-3", transcript=TEXT, voice=voice, output_format=raw_format)  # type: ignore[arg-type]
    assert 2 < seconds_of(raw.read(), raw_rate=24000, dtype="<f4") < 10
    events = list(client.tts.generate_sse(model_id="sonic-3", transcript=TEXT, voice=voice,  # type: ignore[arg-type]
                                          output_format={"container": "raw", "encoding": "pcm_s16le",
                                                         "sample_rate": 24000}))  # fmt: skip
    chunks = [event for event in events if getattr(event, "type", None) == "chunk"]
    assert chunks and getattr(events[-1], "type", None) == "done"
    import base64  # noqa: PLC0415

    pcm = b"".join(base64.b64decode(str(getattr(event, "data", ""))) for event in chunks)
    assert 2 < seconds_of(pcm, raw_rate=24000) < 10
    with pytest.raises(cartesia.AuthenticationError):
        cartesia.Cartesia(api_key="wrong", base_url=base, max_retries=0).tts.generate(
            model_id="sonic-3", transcript="Hi", voice=voice,  # type: ignore[arg-type]
            output_format={"container": "wav", "encoding": "pcm_s16le", "sample_rate": 44100},
        ).read()  # fmt: skip
