"""split=True: text longer than the model takes is cut, synthesized in order, at most ``concurrency`` at a time,
and joined (wav, pcm, mp3); a format that cannot be joined is refused before anything is sent.

The async source of tests/_sync/test_split.py (``python -m generator unasync``).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Literal

import httpx
import pytest
import soundfile
import tts_sdk
from tts_sdk import AsyncTTS
from tts_sdk.server import running

SENTENCE = "This sentence is one of many that make a long text. "


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with running(faults=True) as url:
        yield url


@pytest.mark.parametrize("format_name", ["wav", "mp3", "pcm"])
@pytest.mark.anyio
async def test_long_text_is_cut_synthesized_in_order_and_joined(
    base: str, format_name: Literal["wav", "mp3", "pcm"]
) -> None:
    text = SENTENCE * 90  # about 4,700 characters: two requests for a 4,096-character model
    sent: list[str] = []

    async def record(request: httpx.Request) -> None:
        if request.method == "POST":
            sent.append(json.loads(request.content)["input"])

    recorder = httpx.AsyncClient(event_hooks={"request": [record]})
    async with AsyncTTS(base_url=base, http_client=recorder) as tts:
        whole = await tts.speech.create(
            model="tts-1", text=text, voice="alloy", format=format_name, split=True, concurrency=2
        )
        one_part = await tts.speech.create(model="tts-1", text=sent[0], voice="alloy", format=format_name)
    await recorder.aclose()
    assert len(sent) == 3 and all(len(piece) <= 4096 for piece in sent[:2])
    assert " ".join(sent[:2]).split() == text.split()  # every word, in order
    if format_name == "pcm":
        seconds, part_seconds = len(whole.content) / 2 / 24000, len(one_part.content) / 2 / 24000
    else:
        seconds = soundfile.info(io.BytesIO(whole.content)).duration
        part_seconds = soundfile.info(io.BytesIO(one_part.content)).duration
    expected = part_seconds * len(text) / len(sent[0])  # both parts' worth, decodable as one file
    assert 0.85 * expected < seconds < 1.15 * expected, (seconds, expected)


@pytest.mark.anyio
async def test_split_refuses_formats_it_cannot_join_before_sending(base: str) -> None:
    async with AsyncTTS(base_url=base) as tts:
        with pytest.raises(tts_sdk.UnsupportedParameterError, match="format='wav' or 'mp3'"):
            await tts.speech.create(model="tts-1", text=SENTENCE * 100, voice="alloy", format="opus", split=True)


@pytest.mark.anyio
async def test_a_failing_part_fails_the_whole_and_stops_the_rest(base: str) -> None:
    """One part answered 500 (no retries): the error is raised, the parts not started are not sent."""
    sent: list[str] = []

    async def record(request: httpx.Request) -> None:
        sent.append(request.method)

    recorder = httpx.AsyncClient(event_hooks={"request": [record]})
    async with AsyncTTS(base_url=base, max_retries=0, http_client=recorder) as tts:
        with pytest.raises(tts_sdk.InternalServerError):
            await tts.speech.create(
                model="tts-1", text=SENTENCE * 300, voice="alloy", format="wav", split=True, concurrency=1,
                extra_headers={"X-TTS-Fault": "status=500"},
            )  # fmt: skip
    await recorder.aclose()
    assert sent == ["POST"]  # about four parts; the three behind the failed one never went out
