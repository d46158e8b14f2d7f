# Generated from tests/_async/test_faults.py by `python -m generator unasync`; do not edit.
"""Retries and the fault matrix against the embedded server's fault injection.

Every case ends in success or the right typed error; no output file is left partial; the key never reaches
the second host. Delays are read from the retry log lines, never measured. The async source of
tests/_sync/test_faults.py (``python -m generator unasync``).
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import tts_sdk
from tts_sdk import TTS
from tts_sdk.server import running

from tests._loopback import LoopbackServer, loopback_server

KEY = "sk-fault-matrix-key"
TEXT = "Fault tolerance matters. It should never hang."


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with running(faults=True, require_key=KEY) as url:
        yield url


@pytest.fixture(scope="module")
def second_host() -> Iterator[LoopbackServer]:
    with loopback_server("127.0.0.2") as other:
        other.serve("/cdn/audio.mp3", b"ID3" + b"\x00" * 64, content_type="audio/mpeg")
        yield other


def fault(spec: str) -> dict[str, str]:
    """A fault header, made unique so ``times=`` counts only this test's requests."""
    return {"X-TTS-Fault": f"{spec}; id={uuid.uuid4()}"}


def retries_logged(caplog: pytest.LogCaptureFixture) -> list[float]:
    return [float(m.group(1)) for m in re.finditer(r"retry \d+ of \d+ for .* in ([\d.]+) s", caplog.text)]


def test_429_with_retry_after_is_retried_after_the_given_delay(base: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "tts_sdk")
    with TTS(base_url=base, openai_api_key=KEY) as tts:
        audio = tts.speech.create(
            model="tts-1", text=TEXT, voice="alloy", extra_headers=fault("status=429; retry-after=1; times=1")
        )
    assert len(audio.content) > 1000
    assert retries_logged(caplog) == [1.0]


def test_retry_after_ms_wins_and_http_dates_work(base: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "tts_sdk")
    with TTS(base_url=base, openai_api_key=KEY) as tts:
        tts.speech.create(
            model="tts-1",
            text=TEXT,
            voice="alloy",
            extra_headers=fault("status=503; retry-after-ms=120; retry-after=30; times=1"),
        )
    assert retries_logged(caplog) == [0.12]


def test_5xx_retried_up_to_max_retries_then_raised(base: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "tts_sdk")
    with TTS(base_url=base, openai_api_key=KEY, max_retries=3) as tts:
        with pytest.raises(tts_sdk.InternalServerError):
            tts.speech.create(
                model="tts-1", text=TEXT, voice="alloy", extra_headers=fault("status=500; retry-after-ms=10")
            )
        assert len(retries_logged(caplog)) == 3
        caplog.clear()
        with pytest.raises(tts_sdk.InternalServerError):
            tts.speech.create(
                model="tts-1",
                text=TEXT,
                voice="alloy",
                max_retries=1,
                extra_headers=fault("status=502; retry-after-ms=10"),
            )
        assert len(retries_logged(caplog)) == 1


def test_x_should_retry_overrides_the_status(base: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "tts_sdk")
    with TTS(base_url=base, openai_api_key=KEY) as tts:
        with pytest.raises(tts_sdk.InternalServerError):
            tts.speech.create(
                model="tts-1", text=TEXT, voice="alloy", extra_headers=fault("status=503; x-should-retry=false")
            )
        assert retries_logged(caplog) == []
        audio = tts.speech.create(
            model="tts-1",
            text=TEXT,
            voice="alloy",
            extra_headers=fault("status=400; x-should-retry=true; retry-after-ms=10; times=1"),
        )
        assert len(audio.content) > 1000 and retries_logged(caplog) == [0.01]


def test_other_4xx_are_not_retried(base: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "tts_sdk")
    with TTS(base_url=base, openai_api_key=KEY) as tts:
        for status, error in (
            (400, tts_sdk.BadRequestError),
            (404, tts_sdk.NotFoundError),
            (403, tts_sdk.PermissionDeniedError),
        ):
            with pytest.raises(error):
                tts.speech.create(model="tts-1", text=TEXT, voice="alloy", extra_headers=fault(f"status={status}"))
    with TTS(base_url=base, openai_api_key="wrong-key") as tts:
        with pytest.raises(tts_sdk.AuthenticationError):
            tts.speech.create(model="tts-1", text=TEXT, voice="alloy")
    assert retries_logged(caplog) == []


def test_a_stream_is_retried_before_its_first_byte_only(
    base: str, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level(logging.INFO, "tts_sdk")
    with TTS(base_url=base, openai_api_key=KEY) as tts:
        with tts.speech.stream(
            model="tts-1",
            text=TEXT,
            voice="alloy",
            format="pcm",
            extra_headers=fault("status=503; retry-after-ms=10; times=1"),
        ) as stream:
            assert len(stream.read()) > 1000
        assert len(retries_logged(caplog)) == 1
        caplog.clear()
        stream = tts.speech.stream(model="tts-1", text=TEXT, voice="alloy", format="pcm", extra_headers=fault("drop"))
        with pytest.raises(tts_sdk.APIConnectionError):
            stream.stream_to_file(tmp_path / "x.pcm")
        assert retries_logged(caplog) == []
    assert list(tmp_path.iterdir()) == []


CONNECTION = tts_sdk.APIConnectionError
# (fault, api, client options, outcome of create(), outcome of stream()): "ok" or the error type. A stream
# broken mid-body is not retried (its first bytes already reached the caller); create() retries it.
MATRIX: list[tuple[str, str, dict[str, Any], Any, Any]] = [
    ("status=429; retry-after=1; times=1", "openai", {}, "ok", "ok"),
    ("status=500; retry-after-ms=10; times=1", "aiml", {}, "ok", "ok"),
    ("status=503; retry-after-ms=10; times=1", "openai", {}, "ok", "ok"),
    ("drop; times=1", "openai", {}, "ok", CONNECTION),
    ("truncate; times=1", "openai", {}, "ok", CONNECTION),
    ("drop", "openai", {"max_retries": 1}, CONNECTION, CONNECTION),
    ("truncate", "openai", {"max_retries": 0}, CONNECTION, CONNECTION),
    ("delay=5", "openai", {"timeout": 0.5, "max_retries": 1}, tts_sdk.APITimeoutError, tts_sdk.APITimeoutError),
    ("html", "openai", {}, tts_sdk.APIResponseValidationError, tts_sdk.APIResponseValidationError),
    ("html", "aiml", {}, tts_sdk.APIResponseValidationError, tts_sdk.APIResponseValidationError),
    ("content-type=text/plain", "openai", {}, tts_sdk.APIResponseValidationError, tts_sdk.APIResponseValidationError),
    ("invalid-json", "aiml", {}, tts_sdk.APIResponseValidationError, tts_sdk.APIResponseValidationError),
    ("audio-url=404", "aiml", {}, tts_sdk.AudioDownloadError, tts_sdk.AudioDownloadError),
    ("REDIRECT", "aiml", {}, "ok", "ok"),
    (
        "pad=3000000",
        "openai",
        {"max_audio_bytes": 2_000_000},
        tts_sdk.APIResponseValidationError,
        tts_sdk.APIResponseValidationError,
    ),
    ("pad=3000000", "aiml", {"max_audio_bytes": 2_000_000}, tts_sdk.AudioDownloadError, tts_sdk.AudioDownloadError),
]


def call(api: str) -> dict[str, Any]:
    if api == "aiml":
        return {"model": "openai/tts-1", "text": TEXT, "format": "mp3"}
    return {"model": "tts-1", "text": TEXT, "voice": "alloy", "format": "mp3"}


def fault_for(spec: str, second_host: LoopbackServer) -> dict[str, str]:
    return fault(f"audio-redirect={second_host.url('/cdn/audio.mp3')}" if spec == "REDIRECT" else spec)


@pytest.mark.parametrize(
    ("spec", "api", "options", "created", "streamed"), MATRIX, ids=[f"{m[1]}:{m[0]}" for m in MATRIX]
)
def test_fault_matrix(
    base: str,
    second_host: LoopbackServer,
    tmp_path: Path,
    spec: str,
    api: str,
    options: dict[str, Any],
    created: Any,
    streamed: Any,
) -> None:
    saved, streamed_to = tmp_path / "created.mp3", tmp_path / "streamed.mp3"
    with TTS(base_url=base, aiml_api_key=KEY, openai_api_key=KEY, **options) as tts:
        if created == "ok":
            (tts.speech.create(**call(api), extra_headers=fault_for(spec, second_host))).save(saved)
            assert saved.stat().st_size > 60
        else:
            with pytest.raises(created):
                (tts.speech.create(**call(api), extra_headers=fault_for(spec, second_host))).save(saved)
        if streamed == "ok":
            with tts.speech.stream(**call(api), extra_headers=fault_for(spec, second_host)) as stream:
                assert (stream.stream_to_file(streamed_to)).stat().st_size > 60
        else:
            stream = tts.speech.stream(**call(api), extra_headers=fault_for(spec, second_host))
            with pytest.raises(streamed):
                stream.stream_to_file(streamed_to)
    expected = {name for name, outcome in (("created.mp3", created), ("streamed.mp3", streamed)) if outcome == "ok"}
    assert {path.name for path in tmp_path.iterdir()} == expected  # no partial file, no temporary left
    assert all("Authorization" not in seen.headers for seen in second_host.seen)
