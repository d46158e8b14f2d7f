"""Call-site typing of ``client.speech``, checked by mypy --strict and basedpyright (strict) in ``make typecheck``.

Every call marked ``type: ignore[...]`` (mypy) and ``pyright: ignore[...]`` must be rejected: both checkers are
set to fail on an ignore that suppresses nothing, so a mistake that stops being caught fails the suite. Every
other call must be accepted, with the return type stated by ``assert_type``. One family of specs per block.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import assert_type

from tts_sdk import TTS, AsyncSpeechStream, AsyncTTS, Audio, SpeechStream
from tts_sdk._core._events import SpeechEvent
from tts_sdk.models import OpenaiTts1Request


def sync_calls(client: TTS) -> None:
    speech = client.speech
    # AIML OpenAI models: voice and format enums, speed.
    assert_type(speech.create(model="openai/tts-1", text="Hi", voice="coral", format="mp3", speed=1.2), Audio)
    speech.create(model="openai/tts-1", text="Hi", voice="robot")  # type: ignore[arg-type]  # pyright: ignore
    speech.create(model="openai/tts-1", text="Hi", format="ogg")  # type: ignore[arg-type]  # pyright: ignore
    speech.create(model="openai/tts-1", text="Hi", instructions="calm")  # type: ignore[arg-type]  # pyright: ignore
    # Inworld: no speed, wav or mp3, its own voices (non-ASCII ones too).
    assert_type(speech.create(model="inworld/tts-1-max", text="Hi", voice="Maitê", format="wav"), Audio)
    speech.create(model="inworld/tts-1-max", text="Hi", speed=1.5)  # type: ignore[arg-type]  # pyright: ignore
    speech.create(model="inworld/tts-1-max", text="Hi", voice="alloy")  # type: ignore[arg-type]  # pyright: ignore
    speech.create(model="inworld/tts1-max", text="Hi")  # type: ignore[arg-type]  # pyright: ignore
    # MiniMax: nested voice and speed; the voice is an enum or any custom voice id.
    speech.create(model="minimax/speech-2.8-hd", text="Hi", voice="Calm_Woman", speed=1.5, format="flac")
    speech.create(model="minimax/speech-2.8-hd", text="Hi", voice="my-cloned-voice-17")
    speech.create(model="minimax/speech-2.8-hd", text="Hi", format="wav")  # type: ignore[arg-type]  # pyright: ignore
    # ElevenLabs and Deepgram: facade formats mapped onto vendor values.
    speech.create(model="elevenlabs/eleven_turbo_v2_5", text="Hi", voice="Rachel", format="pcm", speed=1.1)
    speech.create(model="elevenlabs/eleven_turbo_v2_5", text="Hi", format="wav")  # type: ignore[arg-type]  # pyright: ignore
    speech.create(model="deepgram/aura-2", text="Hi", voice="thalia", format="opus")
    speech.create(model="deepgram/aura-2", text="Hi", speed=2.0)  # type: ignore[arg-type]  # pyright: ignore
    # VibeVoice (text in `script`, voice in `speakers[0].preset`), Qwen (no format), Hume, MAI-Voice.
    speech.create(model="microsoft/vibevoice-1.5b", text="Speaker 1: Hi", voice="Carter [EN]")
    speech.create(model="microsoft/vibevoice-1.5b", text="Hi", format="mp3")  # type: ignore[arg-type]  # pyright: ignore
    speech.create(model="alibaba/qwen3-tts-flash", text="Hi", voice="Cherry")
    speech.create(model="alibaba/qwen3-tts-flash", text="Hi", format="wav")  # type: ignore[arg-type]  # pyright: ignore
    speech.create(model="hume/octave-2", text="Hi", voice="Ava Song", format="mp3")
    speech.create(model="hume/octave-2", text="Hi", format="opus")  # type: ignore[arg-type]  # pyright: ignore
    speech.create(model="microsoft/mai-voice-2", text="Hi", voice="en-US-AvaNeural", format="pcm")
    # OpenAI itself: known ids, any voice name, instructions; any other id only with an explicit provider.
    speech.create(model="gpt-4o-mini-tts", text="Hi", voice="coral", instructions="Cheerful.", format="wav")
    speech.create(model="tts-1", text="Hi", voice={"id": "voice_1234"})
    speech.create(model="tts-1", text="Hi")  # type: ignore[call-arg]  # pyright: ignore
    speech.create(model="my-fine-tune", text="Hi", voice="alloy")  # type: ignore[arg-type]  # pyright: ignore
    speech.create(model="my-fine-tune", text="Hi", voice="alloy", provider="openai")
    speech.create(model="vendor/router-model", text="Hi", voice="any", provider="onerouter")
    speech.create(model="vendor/router-model", text="Hi", speed="fast", provider="onerouter")  # type: ignore[arg-type]  # pyright: ignore
    # The providers' own APIs. Deepgram: the model is the voice (no voice=), its model ids and formats; Cartesia: its
    # models, a required voice id, mp3/wav/pcm; ElevenLabs: any model id, so only with provider= (and then the
    # routers' fallback also matches: a mistake in such a call is found at run time, before anything is sent).
    assert_type(speech.create(model="aura-2-thalia-en", text="Hi", format="wav", speed=1.1), Audio)
    speech.create(model="aura-2-thalia-en", text="Hi", voice="thalia")  # type: ignore[arg-type]  # pyright: ignore
    speech.create(model="aura-2-thalia", text="Hi")  # type: ignore[arg-type]  # pyright: ignore
    assert_type(speech.create(model="sonic-3", text="Hi", voice="a0e99841-438c", format="pcm"), Audio)
    speech.create(model="sonic-3", text="Hi", voice="a0e99841-438c", format="opus")  # type: ignore[arg-type]  # pyright: ignore
    speech.create(model="sonic-3", text="Hi")  # type: ignore[call-arg]  # pyright: ignore
    speech.create(provider="elevenlabs", model="eleven_multilingual_v2", voice="JBFqnCBsd6RMkjVDRZzb", text="Hi")
    speech.create(model="eleven_multilingual_v2", voice="JBFqnCBsd6RMkjVDRZzb", text="Hi")  # type: ignore[arg-type]  # pyright: ignore
    assert_type(speech.create(model="sonic-3", text="Hi", voice="v", extra_query={"x": 1}), Audio)
    # A generated request model; streams and events keep their precise types.
    assert_type(speech.create(request=OpenaiTts1Request(text="Hi")), Audio)
    # Typed models take plain values: a listed or a newer voice (voices grow: Literal | str), a listed format only.
    OpenaiTts1Request(text="Hi", voice="coral", response_format="wav")
    OpenaiTts1Request(text="Hi", voice="a-voice-added-upstream")
    OpenaiTts1Request(text="Hi", response_format="ogg")  # type: ignore[arg-type]  # pyright: ignore
    OpenaiTts1Request(model="openai/tts-1-hd", text="Hi")  # type: ignore[arg-type]  # pyright: ignore
    assert_type(speech.stream(model="inworld/tts-1", text="Hi", format="mp3"), SpeechStream)
    assert_type(speech.events(model="gpt-4o-mini-tts", text="Hi", voice="ash"), Iterator[SpeechEvent])
    speech.events(model="openai/tts-1", text="Hi")  # type: ignore[arg-type]  # pyright: ignore
    speech.events(model="tts-1", text="Hi", voice="alloy")  # type: ignore[arg-type]  # pyright: ignore
    speech.create(model="openai/tts-1", text="Hi", timeout="soon")  # type: ignore[arg-type]  # pyright: ignore


def runtime_model_ids(client: TTS, model_id: str) -> None:
    speech = client.speech
    # A model id known only at run time (model_id: str): any id with provider=, else rejected.
    speech.create(model=model_id, text="Hi", voice="alloy", provider="aiml")
    speech.create(model=model_id, text="Hi")  # type: ignore[arg-type]  # pyright: ignore
    # A mistaken call inside another overloaded call (mypy then checks it more than once) is still rejected.
    print(speech.create(model="openai/tts-1", text="Hi", voice="robot"))  # type: ignore[arg-type]  # pyright: ignore


async def async_calls(client: AsyncTTS) -> None:
    speech = client.speech
    assert_type(await speech.create(model="minimax/speech-2.6-hd", text="Hi", voice="Wise_Woman", speed=0.8), Audio)
    await speech.create(model="inworld/tts-1", text="Hi", speed=2.0)  # type: ignore[arg-type]  # pyright: ignore
    assert_type(speech.stream(model="tts-1", text="Hi", voice="alloy", format="pcm"), AsyncSpeechStream)
    async with speech.stream(model="tts-1", text="Hi", voice="alloy") as stream:
        assert_type(stream, AsyncSpeechStream)
    assert_type(speech.events(model="gpt-4o-mini-tts", text="Hi", voice="ash"), AsyncIterator[SpeechEvent])
    speech.stream(model="hume/octave-2", text="Hi", voice="Nobody")  # type: ignore[arg-type]  # pyright: ignore
    assert_type(speech.events(model="sonic-3", text="Hi", voice="v", format="pcm"), AsyncIterator[SpeechEvent])
    speech.events(model="sonic-3", text="Hi", voice="v", format="mp3")  # type: ignore[arg-type]  # pyright: ignore
    speech.events(model="aura-2-thalia-en", text="Hi")  # type: ignore[arg-type]  # pyright: ignore
