"""openai-python's call shape: programs written against `openai` run on tts-sdk with only the import changed.

Each program below is written as openai-python's own speech examples are (`examples/audio.py`, the README's
text-to-speech and async streaming snippets). It runs twice against the embedded server: once with the real
`openai` package, once with its import line swapped for tts-sdk's, and both must write the same kind of audio.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import soundfile
from tts_sdk.server import running

SPEECH_TO_FILE = """
from pathlib import Path
from openai import OpenAI

openai = OpenAI()
speech_file_path = Path(".") / "speech.mp3"
with openai.audio.speech.with_streaming_response.create(
    model="tts-1",
    voice="alloy",
    input="the quick brown fox jumped over the lazy dogs",
) as response:
    response.stream_to_file(speech_file_path)
print(speech_file_path.stat().st_size)
"""

ASYNC_PCM = """
import asyncio
from openai import AsyncOpenAI

openai = AsyncOpenAI()

async def main() -> None:
    received = bytearray()
    async with openai.audio.speech.with_streaming_response.create(
        model="gpt-4o-mini-tts",
        voice="coral",
        input="Today is a wonderful day to build something people love!",
        instructions="Speak in a cheerful and positive tone.",
        response_format="pcm",
    ) as response:
        async for chunk in response.iter_bytes(1024):
            received += chunk
    open("speech.pcm", "wb").write(received)
    print(len(received))

asyncio.run(main())
"""

CREATE_AND_WRITE = """
from openai import OpenAI

client = OpenAI(api_key="sk-local", base_url=BASE_URL)
speech = client.audio.speech.create(
    model="tts-1-hd", voice="nova", input="Hello world! How are you?", response_format="wav", speed=1.25
)
speech.write_to_file("speech.wav")
print(len(speech.content))
"""

PROGRAMS = {"speech.mp3": SPEECH_TO_FILE, "speech.pcm": ASYNC_PCM, "speech.wav": CREATE_AND_WRITE}


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with running(require_key="sk-local") as url:
        yield url


def run(program: str, folder: Path, base_url: str) -> int:
    folder.mkdir()
    code = program.replace("BASE_URL", repr(f"{base_url}/v1"))
    env = {**os.environ, "OPENAI_API_KEY": "sk-local", "OPENAI_BASE_URL": f"{base_url}/v1"}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=folder, env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    return int(done.stdout.split()[-1])


@pytest.mark.parametrize("output", list(PROGRAMS))
def test_an_openai_program_runs_with_only_its_import_changed(output: str, base: str, tmp_path: Path) -> None:
    program = PROGRAMS[output]
    ours = program.replace("from openai import", "from tts_sdk import")
    assert (
        ours.count("\n") == program.count("\n")
        and sum(a != b for a, b in zip(ours.splitlines(), program.splitlines(), strict=True)) == 1
    )
    theirs_size = run(program, tmp_path / "openai", base)
    ours_size = run(ours, tmp_path / "tts_sdk", base)
    for folder, size in (("openai", theirs_size), ("tts_sdk", ours_size)):
        content = (tmp_path / folder / output).read_bytes()
        assert len(content) == size > 10_000
        if output.endswith(".pcm"):
            seconds = len(content) / 2 / 24000
        else:
            data, rate = soundfile.read(io.BytesIO(content))
            seconds = len(data) / rate
        assert 1.0 < seconds < 10.0, (folder, seconds)
