"""Cut text longer than a model accepts at paragraph, then sentence, then word boundaries."""

from __future__ import annotations

import re

_PARAGRAPHS = re.compile(r"\n\s*\n")
_SENTENCES = re.compile(r"(?<=[.!?\u2026\u3002\uff01\uff1f])\s+")  # also the ellipsis and CJK stops
_WORDS = re.compile(r"(?<=\s)")


def split_text(text: str, limit: int) -> list[str]:
    """Pieces of at most ``limit`` characters, in order, cut at the largest boundary that fits.

    Paragraphs first, then sentences, then words; a single word longer than ``limit`` is cut hard.
    Pieces are stripped, so joining them loses only the whitespace at the cuts.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    pieces: list[str] = []
    _pack(text.strip(), limit, [_PARAGRAPHS, _SENTENCES, _WORDS], pieces)
    return [piece for piece in pieces if piece]


def _pack(text: str, limit: int, separators: list[re.Pattern[str]], out: list[str]) -> None:
    if len(text) <= limit:
        out.append(text)
        return
    if not separators:
        out.extend(text[start : start + limit] for start in range(0, len(text), limit))
        return
    pattern, rest = separators[0], separators[1:]
    current = ""
    for part in (chunk.strip() for chunk in pattern.split(text)):
        if not part:
            continue
        joiner = "\n\n" if pattern is _PARAGRAPHS else " "
        candidate = f"{current}{joiner}{part}" if current else part
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            out.append(current)
        if len(part) <= limit:
            current = part
        else:
            _pack(part, limit, rest, out)
            current = ""
    if current:
        out.append(current)
