"""Real (robotic) speech from libespeak-ng, as shipped by the ``espeakng-loader`` package. Offline."""

from __future__ import annotations

import ctypes
import math
import re
import threading
import zlib

import espeakng_loader
import numpy as np

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator

    from numpy.typing import NDArray

_AUDIO_OUTPUT_SYNCHRONOUS = 2
_POS_CHARACTER = 1
_ESPEAK_CHARS_UTF8 = 1
_ESPEAK_RATE = 1
_ESPEAK_PITCH = 3
#: Base pitches (espeak's 0-100 scale) that multiply the variants when the specs name more voices than those.
_PITCHES = (50, 35, 65, 20, 80)
_DEFAULT_WORDS_PER_MINUTE = 175

#: espeak-ng voice variants (espeak-ng-data/voices/!v), one per API voice: distinct, stable, in order.
VARIANTS = (
    *("m1", "f1", "m2", "f2", "m3", "f3", "m4", "f4", "m5", "f5", "m6", "m7", "m8"),
    *("klatt", "klatt2", "klatt3", "klatt4", "klatt5", "klatt6"),
    *("Alex", "Andy", "Annie", "Denis", "Gene", "Hugo", "Jacky", "Lee", "Marco", "Mario", "Michael", "Mike"),
    *("Storm", "adam", "anika", "announcer", "belinda", "benjamin", "boris", "caleb", "croak", "david", "edward"),
    *("Alicia", "Andrea", "Diogo", "Gene2", "Henrique", "Nguyen", "Reed", "Tweaky", "antonio", "aunty", "ed"),
    *("edward2", "gustave", "ian", "iven", "iven2", "iven3", "iven4", "john", "kaukovalta", "linda", "marcelo"),
    *("max", "michel", "miguel", "mike2", "norbert", "pablo", "paul", "pedro", "quincy", "rob", "robert"),
    *("sandro", "shelby", "steph", "steph2", "steph3", "travis", "victor", "zac", "grandma", "grandpa"),
)
_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n{2,}")

_Callback = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)


#: The longest piece synthesized at once (characters): what bounds a request's memory and how long a short
#: request can wait behind a long one's current piece. About a minute of speech.
MAX_PIECE_CHARACTERS = 800


def sentences(text: str, limit: int = MAX_PIECE_CHARACTERS) -> Iterator[str]:
    """``text`` cut after each sentence (and at blank lines), so audio can be sent as it is made; a sentence
    longer than ``limit`` is cut at its last space before the limit (at the limit where it has none)."""
    for sentence in _SENTENCE.split(text):
        rest = sentence.strip()
        while len(rest) > limit:
            cut = rest.rfind(" ", limit // 2, limit + 1)
            cut = cut if cut > 0 else limit
            yield rest[:cut].strip()
            rest = rest[cut:].strip()
        if rest:
            yield rest


class _Engine:
    """libespeak-ng itself: one per process (the library keeps global state and one synthesis callback)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self._chunks: list[NDArray[np.int16]] = []
        lib = ctypes.CDLL(espeakng_loader.get_library_path())
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_Synth.argtypes = [
            ctypes.c_char_p,
            ctypes.c_size_t,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
            ctypes.c_void_p,
            ctypes.c_void_p,
        ]
        self.sample_rate = int(
            lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0, espeakng_loader.get_data_path().encode(), 0)
        )
        if self.sample_rate <= 0:
            raise RuntimeError("libespeak-ng failed to initialize")
        self._callback = _Callback(self._collect)  # kept referenced: the library calls it
        lib.espeak_SetSynthCallback(self._callback)
        self._lib = lib

    def synthesize(self, text: str, espeak_voice: str, words_per_minute: int, pitch: int = 50) -> NDArray[np.int16]:
        encoded = text.encode("utf-8")
        with self.lock:
            self._chunks = []
            self._lib.espeak_SetVoiceByName(espeak_voice.encode())
            self._lib.espeak_SetParameter(_ESPEAK_RATE, words_per_minute, 0)
            self._lib.espeak_SetParameter(_ESPEAK_PITCH, pitch, 0)
            status = self._lib.espeak_Synth(
                encoded, len(encoded) + 1, 0, _POS_CHARACTER, 0, _ESPEAK_CHARS_UTF8, None, None
            )
            self._lib.espeak_Synchronize()
            chunks, self._chunks = self._chunks, []
        if status != 0:
            raise RuntimeError(f"espeak-ng failed with status {status}")
        return np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.int16)

    def _collect(self, samples: ctypes._Pointer[ctypes.c_short], count: int, _events: int) -> int:
        if count > 0:
            self._chunks.append(np.ctypeslib.as_array(samples, shape=(count,)).copy())
        return 0


_engine: _Engine | None = None
_engine_lock = threading.Lock()


def _shared_engine() -> _Engine:
    global _engine  # noqa: PLW0603 - one libespeak-ng per process, whatever the number of servers
    with _engine_lock:
        if _engine is None:
            _engine = _Engine()
        return _engine


class Synthesizer:
    """Speech in every API voice, each mapped to its own espeak-ng variant. Many may share the one engine."""

    def __init__(self, voices: list[str]) -> None:
        """``voices``: every API voice name the specs list, in a stable order (each gets its own variant)."""
        self._engine = _shared_engine()
        self.sample_rate = self._engine.sample_rate
        self._identity = {name: _identity(index) for index, name in enumerate(dict.fromkeys(voices))}

    def identity(self, voice: str) -> tuple[str, int]:
        """The espeak-ng voice (``en-us+<variant>``) and base pitch of an API voice; unknown names get a stable
        one by hash. Every listed voice has its own pair."""
        return self._identity.get(voice) or _identity(zlib.crc32(voice.encode()))

    def variant(self, voice: str) -> str:
        """The espeak-ng voice for an API voice: ``en-us+<variant>``."""
        return self.identity(voice)[0]

    def synthesize(self, text: str, voice: str, speed: float = 1.0) -> NDArray[np.int16]:
        """All of ``text`` as 16-bit mono samples at :attr:`sample_rate`."""
        pace = speed if math.isfinite(speed) else 1.0  # an API may bound no speed: 1e306 is a valid request
        words_per_minute = round(max(80.0, min(450.0, _DEFAULT_WORDS_PER_MINUTE * pace)))
        espeak_voice, pitch = self.identity(voice)
        return self._engine.synthesize(text, espeak_voice, words_per_minute, pitch)


def _identity(index: int) -> tuple[str, int]:
    variant = VARIANTS[index % len(VARIANTS)]
    return f"en-us+{variant}", _PITCHES[(index // len(VARIANTS)) % len(_PITCHES)]
