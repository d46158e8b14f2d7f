"""`tts-sdk speak`, `tts-sdk voices` and `tts-sdk models` as a user runs them, against a loopback server."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tts_sdk import available_models

from tests._loopback import LoopbackServer

MP3 = b"ID3\x04\x00" + b"\x00" * 64


def tts_sdk(*arguments: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin"}  # no API keys from the developer's environment
    return subprocess.run(
        [sys.executable, "-m", "tts_sdk", *arguments],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env,
    )


def test_speak_writes_the_audio_from_an_argument_a_file_or_stdin(server: LoopbackServer, tmp_path: Path) -> None:
    server.serve("/v1/audio/speech", MP3, content_type="audio/mpeg")
    out = tmp_path / "hello.mp3"
    done = tts_sdk(
        "speak", "Hello there", "-m", "tts-1", "--voice", "coral", "-o", str(out), "--base-url", server.base_url
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == MP3
    assert server.seen[0].json() == {
        "model": "tts-1",
        "input": "Hello there",
        "voice": "coral",
        "response_format": "mp3",
    }
    text_file = tmp_path / "script.txt"
    text_file.write_text("From a file")
    flac = tmp_path / "out.flac"
    args = ["-m", "tts-1", "--voice", "alloy", "--base-url", server.base_url]
    mislabelled = tts_sdk("speak", "--file", str(text_file), "-o", str(flac), *args)
    # This server answers mp3 to every request: the mp3 bytes are not written into out.flac.
    assert mislabelled.returncode == 1 and "refusing to write mp3 audio" in mislabelled.stderr
    assert not flac.exists()
    assert tts_sdk("speak", "-o", str(out), *args, stdin="From stdin").returncode == 0
    assert [seen.json()["input"] for seen in server.seen[1:]] == ["From a file", "From stdin"]
    assert server.seen[1].json()["response_format"] == "flac"  # from the -o suffix


def test_speak_reports_errors_with_exit_1(server: LoopbackServer, tmp_path: Path) -> None:
    out = tmp_path / "x.wav"
    done = tts_sdk(
        "speak", "Hi", "-m", "inworld/tts-1-max", "--speed", "2", "-o", str(out), "--base-url", server.base_url
    )
    assert done.returncode == 1 and "does not take `speed`" in done.stderr
    assert not out.exists() and server.seen == []


def test_voices_and_models_come_from_the_specs() -> None:
    voices = tts_sdk("voices", "inworld/tts-1-max")
    assert voices.returncode == 0
    assert "Maitê" in voices.stdout and "formats (format): mp3, wav (default)" in voices.stdout
    assert "any other voice name" in tts_sdk("voices", "gpt-4o-mini-tts").stdout
    nested = tts_sdk("voices", "minimax/speech-2.8-hd").stdout
    assert "voices (voice_setting.voice_id): Wise_Woman (default)" in nested
    assert "formats (audio_setting.format): mp3 (default), flac, pcm" in nested
    assert tts_sdk("voices", "vendor/none").returncode == 1
    models = tts_sdk("models").stdout
    for info in available_models():
        assert info.model in models


def test_version_and_verbose() -> None:
    version = tts_sdk("--version")
    assert version.returncode == 0 and version.stdout.strip().startswith("tts-sdk 0.")
    verbose = tts_sdk("-v", "models")
    assert verbose.returncode == 0 and "openai/tts-1" in verbose.stdout
