"""The vocabulary mapped onto every spec's own fields (every spec through the client to the server is in
tests/_async/test_every_spec.py). Read from the catalog: a spec added to specs/specs.toml is covered unchanged.
"""

from __future__ import annotations

from typing import Any

import pytest
from tts_sdk import UnsupportedParameterError
from tts_sdk._core._catalog import SpecInfo, specs
from tts_sdk._core._schema import Parts
from tts_sdk._core._vocabulary import build_request, format_name


def spec_named(name: str) -> SpecInfo:
    return next(spec for spec in specs() if spec.name == name)


def build_payload(spec: SpecInfo, model: str, params: dict[str, Any], extra: dict[str, Any] | None) -> dict[str, Any]:
    return build_request(spec, model, params, extra).body


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
    assert format_name(eleven, Parts({"output_format": "pcm_24000"})) == "pcm"
    assert format_name(eleven, Parts({"output_format": "ulaw_8000"})) == "ulaw_8000"  # no facade name: the raw value
    deepgram = spec_named("deepgram-aura-2")
    assert build_payload(deepgram, "m", {"format": "pcm"}, None) == {
        "model": "m",
        "encoding": "linear16",
        "container": "none",
    }
    assert format_name(deepgram, Parts()) == "wav"  # linear16 is the default encoding, wav its default container
    assert format_name(deepgram, Parts({"encoding": "linear16", "container": "none"})) == "pcm"
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
        "operations": {"create": {"method": "POST", "path": "/v1/tts"}},
        "server": "",
        "models": ["vendor/no-voice"],
        "model_free": False,
        "vocabulary": {"fields": {"text": "text", "voice": None}, "format": [], "formats": {}},
    }
    spec = SpecInfo(raw)
    assert list(spec.voices) == []
    assert build_payload(spec, "vendor/no-voice", {"text": "Hi", "voice": None}, None) == {
        "model": "vendor/no-voice",
        "text": "Hi",
    }
    with pytest.raises(UnsupportedParameterError, match="does not take `voice`"):
        build_payload(spec, "vendor/no-voice", {"text": "Hi", "voice": "Alex"}, None)
