# Generated from tests/_async/test_every_spec.py by `python -m generator unasync`; do not edit.
"""Every spec of the catalog through the client to the embedded server: every format comes back as real speech,
and every facade word lands at the field the catalog names. Read from the catalog (never a list of models).

The async source of tests/_sync/test_every_spec.py (``python -m generator unasync``).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest
import soundfile
from tts_sdk import TTS, BadRequestError
from tts_sdk._core._catalog import SpecInfo, api_of, specs
from tts_sdk._core._schema import Parts
from tts_sdk._core._vocabulary import build_request, format_name
from tts_sdk.server import running

from tests._catalog import filled, model_of, route_of, seen_parts, voice_of
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
    listed = list(spec.voices)
    voice = str(listed[1 % len(listed)]) if listed else voice_of(spec)
    with TTS(base_url=base) as client:
        for wanted in [None, *spec.formats]:
            call: dict[str, Any] = {"model": model_of(spec), "text": TEXT, "voice": voice, "format": wanted,
                                    "provider": spec.api}  # fmt: skip
            if wanted in REFUSED:
                with pytest.raises(BadRequestError, match="cannot make"):
                    client.speech.create(**call)
                continue
            audio = client.speech.create(**call)
            expected = wanted or format_name(spec, Parts()) or audio.format
            assert audio.format == expected, (wanted, audio.format)
            seconds = seconds_of(audio.content, str(audio.format), audio.pcm_rate or 24000)
            assert 2.0 < seconds < 12.0
            assert audio.duration is not None and abs(audio.duration - seconds) < 0.01, (wanted, audio.duration)


@pytest.mark.parametrize("spec", specs(), ids=spec_id)
def test_the_facade_words_land_at_each_specs_own_fields(spec: SpecInfo, server: LoopbackServer) -> None:
    """What the facade sends, seen by a plain loopback server: every word at the field or parameter the catalog
    names, the fixed parameters with their one value, the key in the API's own header and scheme."""
    params: dict[str, Any] = {"text": "Hi there.", "voice": voice_of(spec) if spec.fields.get("voice") else None}
    if spec.voices:
        params["voice"] = str(spec.voices[-1])
    if spec.formats:
        params["format"] = next(iter(spec.formats))
    expected = build_request(spec, model_of(spec), params, None)
    server.serve(filled(route_of(spec), expected), b"RIFFfake", content_type="audio/wav")
    with TTS(base_url=server.base_url, api_key="sk-every-spec") as client:
        client.speech.create(model=model_of(spec), provider=spec.api, **params)
    sent = seen_parts(spec, server.seen[-1])
    located = [spec.fields["model"] or "model", spec.fields["text"], *spec.operations["create"].fixed]
    located += [spec.fields["voice"]] if params["voice"] is not None else []
    located += list(spec.formats[params["format"]]) if spec.formats else []
    for path in located:
        assert path is not None and str(sent.get(path)) == str(expected.get(path)), (path, sent)
    assert sent.get(str(spec.fields["text"])) == "Hi there." and sent.get(spec.fields["model"] or "model") == model_of(
        spec
    )
    auth = api_of(spec).auth
    assert sent.header[auth.header] == auth.value("sk-every-spec")
