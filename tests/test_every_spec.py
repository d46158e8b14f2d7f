"""Every spec of the catalog through the facade to the embedded server, and the vocabulary mapped onto it.

Read from the catalog (never a list of models): a spec added to specs/specs.toml is covered here unchanged.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest
import soundfile
from tts_sdk import TTS, AsyncTTS, BadRequestError, UnsupportedParameterError
from tts_sdk._catalog import SpecInfo, specs
from tts_sdk._vocabulary import build_payload, format_name, get_path, voices
from tts_sdk.server import running

from tests._catalog import model_of
from tests._loopback import LoopbackServer

TEXT = "The quick brown fox jumps over the lazy dog. It was a sunny day."
#: Formats the embedded server cannot make (libsndfile has no AAC encoder): it answers 400, never bad bytes.
REFUSED = {"aac"}


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with running() as url:
        yield url


def seconds_of(content: bytes, format_name: str, rate: int = 24000) -> float:
    """Length of decoded audio; raw PCM is 16-bit mono at ``rate``."""
    if format_name == "pcm":
        return len(content) / 2 / rate
    data, sample_rate = soundfile.read(io.BytesIO(content), dtype="float32")
    assert float(np.sqrt(np.mean(np.square(data)))) > 0.01, "silence"
    return float(len(data) / sample_rate)


def spec_id(spec: SpecInfo) -> str:
    return spec.name


@pytest.mark.parametrize("spec", specs(), ids=spec_id)
def test_every_format_of_every_spec_comes_back_as_real_speech(base: str, spec: SpecInfo) -> None:
    listed = voices(spec)
    voice = str(listed[1 % len(listed)]) if listed else None
    with TTS(base_url=base) as client:
        for wanted in [None, *spec.formats]:
            call: dict[str, Any] = {"model": model_of(spec), "text": TEXT, "voice": voice, "format": wanted}
            if wanted in REFUSED:
                with pytest.raises(BadRequestError, match="cannot make"):
                    client.speech.create(**call)
                continue
            audio = client.speech.create(**call)
            expected = wanted or format_name(spec, {}) or audio.format
            assert audio.format == expected, (wanted, audio.format)
            seconds = seconds_of(audio.content, str(audio.format), audio.pcm_rate or 24000)
            assert 2.0 < seconds < 12.0
            assert audio.duration is not None and abs(audio.duration - seconds) < 0.01, (wanted, audio.duration)


@pytest.mark.parametrize("spec", specs(), ids=spec_id)
def test_async_client_speaks_every_spec(base: str, spec: SpecInfo) -> None:
    async def speak() -> bytes:
        async with AsyncTTS(base_url=base) as client:
            listed = voices(spec)
            speech: Any = client.speech  # the model comes from the catalog at run time
            audio = await speech.create(
                model=model_of(spec),
                text=TEXT,
                voice=str(listed[0]) if listed else None,
                format="wav" if "wav" in spec.formats else None,
            )
            return bytes(audio.content)

    content = asyncio.run(speak())
    assert len(content) > 10_000


@pytest.mark.parametrize("spec", specs(), ids=spec_id)
def test_the_facade_words_land_at_each_specs_own_fields(spec: SpecInfo, server: LoopbackServer) -> None:
    """What the facade sends, seen by a plain loopback server: every word at the field the catalog names."""
    server.serve(spec.path if spec.provider == "aiml" else f"/v1{spec.path}", b"RIFFfake", content_type="audio/wav")
    listed = voices(spec)
    params: dict[str, Any] = {"text": "Hi there."}
    if listed:
        params["voice"] = str(listed[-1])
    if spec.formats:
        params["format"] = next(iter(spec.formats))
    with TTS(base_url=server.base_url, aiml_api_key="k", openai_api_key="k") as client:
        client.speech.create(model=model_of(spec), **params)
    sent = server.seen[-1].json()
    assert get_path(sent, str(spec.fields["text"])) == "Hi there."
    if listed:
        assert get_path(sent, str(spec.fields["voice"])) == params["voice"]
    if spec.formats:
        for path, value in spec.formats[params["format"]].items():
            assert get_path(sent, path) == value
    assert sent["model"] == model_of(spec)


def spec_named(name: str) -> SpecInfo:
    return next(spec for spec in specs() if spec.name == name)


def test_nested_fields_and_extra_body_merge_key_by_key() -> None:
    minimax = spec_named("minimax-speech-2-8-hd")
    payload = build_payload(
        minimax,
        "minimax/speech-2.8-hd",
        {"text": "Hi", "voice": "Calm_Woman", "speed": 1.5, "format": "flac"},
        {"voice_setting": {"vol": 2}, "audio_setting": {"sample_rate": 44100}},
    )
    assert payload == {
        "model": "minimax/speech-2.8-hd",
        "text": "Hi",
        "voice_setting": {"voice_id": "Calm_Woman", "speed": 1.5, "vol": 2},
        "audio_setting": {"format": "flac", "sample_rate": 44100},
    }
    with pytest.raises(UnsupportedParameterError, match=r"extra_body sets 'voice_setting.voice_id'"):
        build_payload(minimax, "minimax/speech-2.8-hd", {"voice": "Calm_Woman"}, {"voice_setting": {"voice_id": "x"}})


def test_formats_map_onto_vendor_values_and_back() -> None:
    eleven = spec_named("elevenlabs-turbo-v2-5")
    assert build_payload(eleven, "m", {"format": "mp3"}, None)["output_format"] == "mp3_44100_128"
    assert format_name(eleven, {"output_format": "pcm_24000"}) == "pcm"
    assert format_name(eleven, {"output_format": "ulaw_8000"}) == "ulaw_8000"  # no facade name: the raw value
    deepgram = spec_named("deepgram-aura-2")
    assert build_payload(deepgram, "m", {"format": "pcm"}, None) == {
        "model": "m",
        "encoding": "linear16",
        "container": "none",
    }
    assert format_name(deepgram, {}) == "wav"  # linear16 is the default encoding, wav its default container
    assert format_name(deepgram, {"encoding": "linear16", "container": "none"}) == "pcm"
    vibevoice = spec_named("microsoft-vibevoice-1-5b")
    assert build_payload(vibevoice, "m", {"text": "Hi", "voice": "Carter [EN]"}, None) == {
        "model": "m",
        "script": "Hi",
        "speakers": [{"preset": "Carter [EN]"}],
    }


def test_a_word_a_spec_lacks_names_what_it_takes() -> None:
    with pytest.raises(UnsupportedParameterError) as raised:
        build_payload(spec_named("inworld-tts-1-max"), "inworld/tts-1-max", {"speed": 1.2}, None)
    assert "does not take `speed`" in str(raised.value) and "It takes: text, voice, format" in str(raised.value)
    with pytest.raises(UnsupportedParameterError, match="does not offer format 'opus': it offers mp3, wav"):
        build_payload(spec_named("hume-octave-2"), "hume/octave-2", {"format": "opus"}, None)
    qwen = spec_named("alibaba-qwen3-tts-flash")
    with pytest.raises(UnsupportedParameterError, match=r"does not take `format`.*It takes: text, voice"):
        build_payload(qwen, "alibaba/qwen3-tts-flash", {"format": "mp3"}, None)


def test_a_spec_without_a_voice_works() -> None:
    """A spec whose vocabulary has no voice field: speech without one, and `voice=` names what it takes."""
    raw = {
        "name": "no-voice",
        "api": "aiml",
        "package": "aiml_alibaba_qwen3_tts_flash",
        "request_class": "X",
        "operation": {"method": "POST", "path": "/v1/tts"},
        "server": "",
        "models": ["vendor/no-voice"],
        "vocabulary": {"fields": {"text": "text", "voice": None}, "format": [], "formats": {}},
    }
    spec = SpecInfo(raw)
    assert voices(spec) == []
    assert build_payload(spec, "vendor/no-voice", {"text": "Hi", "voice": None}, None) == {
        "model": "vendor/no-voice",
        "text": "Hi",
    }
    with pytest.raises(UnsupportedParameterError, match="does not take `voice`"):
        build_payload(spec, "vendor/no-voice", {"text": "Hi", "voice": "Alex"}, None)
