"""Long text: cutting and joining (the client's split=True is in tests/_async/test_split.py), speak --split,
and tts-sdk batch."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile
import tts_sdk
from tts_sdk._core._split import split_text
from tts_sdk._media._join import join_audio
from tts_sdk.server import running

SENTENCE = "This sentence is one of many that make a long text. "


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with running() as url:
        yield url


def test_split_prefers_paragraphs_then_sentences_then_words() -> None:
    text = "One two three.\n\nFour five six. Seven eight nine."
    assert split_text(text, 100) == [text]
    assert split_text(text, 40) == ["One two three.", "Four five six. Seven eight nine."]
    assert split_text(text, 20) == ["One two three.", "Four five six.", "Seven eight nine."]
    assert split_text("alpha beta gamma delta", 11) == ["alpha beta", "gamma delta"]
    assert split_text("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]
    pieces = split_text(SENTENCE * 300, 4096)
    assert all(len(piece) <= 4096 for piece in pieces) and " ".join(pieces).split() == (SENTENCE * 300).split()


def test_wav_join_writes_one_header_with_the_summed_length() -> None:
    def wav(samples: int) -> bytes:
        buffer = io.BytesIO()
        soundfile.write(buffer, np.zeros(samples, dtype="int16"), 16000, format="WAV", subtype="PCM_16")
        return buffer.getvalue()

    joined = join_audio([wav(1000), wav(500), wav(250)], "wav")
    assert joined.count(b"RIFF") == 1 and joined.count(b"WAVE") == 1
    assert soundfile.info(io.BytesIO(joined)).frames == 1750
    assert join_audio([b"\x01\x02", b"\x03\x04"], "pcm") == b"\x01\x02\x03\x04"
    with pytest.raises(tts_sdk.UnsupportedParameterError, match="format='wav' or 'mp3'"):
        join_audio([b"a", b"b"], "opus")


def test_speak_split_on_the_command_line(base: str, tmp_path: Path) -> None:
    script = tmp_path / "long.txt"
    script.write_text(SENTENCE * 90)
    out = tmp_path / "long.wav"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tts_sdk",
            "speak",
            "--file",
            str(script),
            "-m",
            "tts-1",
            "--voice",
            "alloy",
            "--split",
            "-o",
            str(out),
            "--base-url",
            base,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert soundfile.info(str(out)).duration > 60


def batch(jobs: Path, out: Path, base: str) -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable,
        "-m",
        "tts_sdk",
        "batch",
        str(jobs),
        "--out",
        str(out),
        "--concurrency",
        "3",
        "--base-url",
        base,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def test_batch_synthesizes_everything_and_resumes(base: str, tmp_path: Path) -> None:
    jobs = tmp_path / "jobs.jsonl"
    payloads = [
        {"model": "tts-1", "input": f"Job number {n}.", "voice": "alloy", "response_format": "wav"} for n in range(6)
    ]
    payloads.append({"model": "inworld/tts-1-max", "text": "An AIML job.", "format": "mp3"})
    jobs.write_text("\n".join(json.dumps(p) for p in payloads) + "\n\n")
    out = tmp_path / "out"
    first = batch(jobs, out, base)
    assert first.returncode == 0, first.stderr
    files = sorted(out.iterdir())
    assert len(files) == 7 and files[-1].suffix == ".mp3"
    assert all(soundfile.info(str(path)).duration > 0.5 for path in files)
    assert "7 of 7 done" in first.stderr and "0 were already there" in first.stderr
    files[2].unlink()  # as if interrupted before job 3 finished
    second = batch(jobs, out, base)
    assert second.returncode == 0 and "6 were already there" in second.stderr
    assert sorted(out.iterdir()) == files


def test_batch_reports_failures_and_keeps_the_rest(base: str, tmp_path: Path) -> None:
    jobs = tmp_path / "jobs.jsonl"
    jobs.write_text(
        json.dumps({"model": "tts-1", "input": "Fine.", "voice": "alloy"})
        + "\n"
        + json.dumps({"model": "tts-1", "input": "", "voice": "alloy", "speed": 9})
        + "\n"
    )
    done = batch(jobs, tmp_path / "out", base)
    assert done.returncode == 1
    assert f"{jobs}:2: $.speed: 9 is greater than the maximum of 4" in done.stderr
    assert "1 malformed lines skipped" in done.stderr
    assert len(list((tmp_path / "out").iterdir())) == 1


def test_batch_takes_the_sdk_vocabulary_reports_bad_lines_and_goes_on(base: str, tmp_path: Path) -> None:
    jobs = tmp_path / "jobs.jsonl"
    lines = [
        json.dumps({"model": "tts-1", "text": "In the SDK's words.", "voice": "alloy", "format": "flac"}),
        "{not json",
        json.dumps({"model": "inworld/tts-1-max", "text": "No speed here.", "speed": 1.5}),
        json.dumps({"model": "minimax/speech-2.8-hd", "text": "Nested.", "voice": "Calm_Woman", "format": "mp3"}),
        json.dumps({"model": "elevenlabs/eleven_turbo_v2_5", "text": "Vendor values.", "format": "pcm"}),
    ]
    jobs.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out"
    done = batch(jobs, out, base)
    assert done.returncode == 1
    assert f"{jobs}:2: " in done.stderr and f"{jobs}:3: model 'inworld/tts-1-max' does not take `speed`" in done.stderr
    suffixes = sorted(path.name.split(".")[-1] for path in out.iterdir())
    assert suffixes == ["flac", "mp3", "pcm"] and "3 of 3 done" in done.stderr and "2 malformed" in done.stderr


def test_batch_shards_split_one_job_file(base: str, tmp_path: Path) -> None:
    jobs = tmp_path / "jobs.jsonl"
    jobs.write_text(
        "".join(json.dumps({"model": "tts-1", "text": f"Job {n}.", "voice": "alloy"}) + "\n" for n in range(5))
    )
    out = tmp_path / "out"
    names = []
    for shard in ("1/2", "2/2"):
        command = [sys.executable, "-m", "tts_sdk", "batch", str(jobs), "--out", str(out), "--base-url", base]
        done = subprocess.run([*command, "--shard", shard], capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 0, done.stderr
        names.append(sorted(path.name[:5] for path in out.iterdir()))
    assert names == [["00001", "00003", "00005"], ["00001", "00002", "00003", "00004", "00005"]]
    bad = subprocess.run([sys.executable, "-m", "tts_sdk", "batch", str(jobs), "--out", str(out), "--shard", "3/2"],
                         capture_output=True, text=True, check=False)  # fmt: skip
    assert bad.returncode == 2 and "K must be from 1 to N" in bad.stderr
