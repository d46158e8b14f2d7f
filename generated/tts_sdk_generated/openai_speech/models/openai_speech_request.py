from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.openai_speech_model import OpenaiSpeechModel, check_openai_speech_model
from ..models.openai_speech_response_format import OpenaiSpeechResponseFormat, check_openai_speech_response_format
from ..models.openai_speech_stream_format import OpenaiSpeechStreamFormat, check_openai_speech_stream_format
from ..models.openai_speech_voice_name import OpenaiSpeechVoiceName, check_openai_speech_voice_name
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.openai_speech_custom_voice import OpenaiSpeechCustomVoice


T = TypeVar("T", bound="OpenaiSpeechRequest")


@_attrs_define
class OpenaiSpeechRequest:
    """
    Attributes:
        model (OpenaiSpeechModel | str): One of the available TTS models: `tts-1`, `tts-1-hd`, `gpt-4o-mini-tts`, or
            `gpt-4o-mini-tts-2025-12-15` (any other model id is accepted too).
        input_ (str): The text to generate audio for. The maximum length is 4096 characters.
        voice (OpenaiSpeechCustomVoice | OpenaiSpeechVoiceName | str): A built-in voice name, any other voice name, or a
            custom voice `{"id": "voice_1234"}`.
        instructions (str | Unset): Control the voice of your generated audio with additional instructions. Does not
            work with `tts-1` or `tts-1-hd`.
        response_format (OpenaiSpeechResponseFormat | Unset): The format to audio in. Default: "mp3".
        speed (float | Unset): The speed of the generated audio, from 0.25 to 4.0. 1.0 is the default. Default: 1.
        stream_format (OpenaiSpeechStreamFormat | Unset): The format to stream the audio in. `sse` is not supported for
            `tts-1` or `tts-1-hd`. Default: "audio".
    """

    model: OpenaiSpeechModel | str
    input_: str
    voice: OpenaiSpeechCustomVoice | OpenaiSpeechVoiceName | str
    instructions: str | Unset = UNSET
    response_format: OpenaiSpeechResponseFormat | Unset = UNSET
    speed: float | Unset = UNSET
    stream_format: OpenaiSpeechStreamFormat | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.openai_speech_custom_voice import OpenaiSpeechCustomVoice  # noqa: PLC0415

        model: str
        if isinstance(self.model, str):
            model = self.model
        else:
            model = self.model

        input_ = self.input_

        voice: dict[str, Any] | str
        if isinstance(self.voice, str):
            voice = self.voice
        elif isinstance(self.voice, OpenaiSpeechCustomVoice):
            voice = self.voice.to_dict()
        else:
            voice = self.voice

        instructions = self.instructions

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format

        speed = self.speed

        stream_format: str | Unset = UNSET
        if not isinstance(self.stream_format, Unset):
            stream_format = self.stream_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "input": input_,
                "voice": voice,
            }
        )
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if speed is not UNSET:
            field_dict["speed"] = speed
        if stream_format is not UNSET:
            field_dict["stream_format"] = stream_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.openai_speech_custom_voice import OpenaiSpeechCustomVoice  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_model(data: object) -> OpenaiSpeechModel | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_type_1 = check_openai_speech_model(data)

                return model_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OpenaiSpeechModel | str, data)

        model = _parse_model(d.pop("model"))

        input_ = d.pop("input")

        def _parse_voice(data: object) -> OpenaiSpeechCustomVoice | OpenaiSpeechVoiceName | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voice_type_1 = check_openai_speech_voice_name(data)

                return voice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voice_type_2 = OpenaiSpeechCustomVoice.from_dict(data)

                return voice_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OpenaiSpeechCustomVoice | OpenaiSpeechVoiceName | str, data)

        voice = _parse_voice(d.pop("voice"))

        instructions = d.pop("instructions", UNSET)

        _response_format = d.pop("response_format", UNSET)
        response_format: OpenaiSpeechResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = check_openai_speech_response_format(_response_format)

        speed = d.pop("speed", UNSET)

        _stream_format = d.pop("stream_format", UNSET)
        stream_format: OpenaiSpeechStreamFormat | Unset
        if isinstance(_stream_format, Unset):
            stream_format = UNSET
        else:
            stream_format = check_openai_speech_stream_format(_stream_format)

        openai_speech_request = cls(
            model=model,
            input_=input_,
            voice=voice,
            instructions=instructions,
            response_format=response_format,
            speed=speed,
            stream_format=stream_format,
        )

        return openai_speech_request
