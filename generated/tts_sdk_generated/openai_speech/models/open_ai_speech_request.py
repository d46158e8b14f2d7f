from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.open_ai_speech_model import OpenAISpeechModel
from ..models.open_ai_speech_response_format import OpenAISpeechResponseFormat
from ..models.open_ai_speech_stream_format import OpenAISpeechStreamFormat
from ..models.open_ai_speech_voice_name import OpenAISpeechVoiceName
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_ai_speech_custom_voice import OpenAISpeechCustomVoice


T = TypeVar("T", bound="OpenAISpeechRequest")


@_attrs_define
class OpenAISpeechRequest:
    """
    Attributes:
        model (OpenAISpeechModel | str): One of the available TTS models: `tts-1`, `tts-1-hd`, `gpt-4o-mini-tts`, or
            `gpt-4o-mini-tts-2025-12-15` (any other model id is accepted too).
        input_ (str): The text to generate audio for. The maximum length is 4096 characters.
        voice (OpenAISpeechCustomVoice | OpenAISpeechVoiceName | str): A built-in voice name, any other voice name, or a
            custom voice `{"id": "voice_1234"}`.
        instructions (str | Unset): Control the voice of your generated audio with additional instructions. Does not
            work with `tts-1` or `tts-1-hd`.
        response_format (OpenAISpeechResponseFormat | Unset): The format to audio in. Default: "mp3".
        speed (float | Unset): The speed of the generated audio, from 0.25 to 4.0. 1.0 is the default. Default: 1.
        stream_format (OpenAISpeechStreamFormat | Unset): The format to stream the audio in. `sse` is not supported for
            `tts-1` or `tts-1-hd`. Default: "audio".
    """

    model: OpenAISpeechModel | str
    input_: str
    voice: OpenAISpeechCustomVoice | OpenAISpeechVoiceName | str
    instructions: str | Unset = UNSET
    response_format: OpenAISpeechResponseFormat | Unset = UNSET
    speed: float | Unset = UNSET
    stream_format: OpenAISpeechStreamFormat | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.open_ai_speech_custom_voice import OpenAISpeechCustomVoice  # noqa: PLC0415

        model: str
        if isinstance(self.model, OpenAISpeechModel):
            model = self.model.value
        else:
            model = self.model

        input_ = self.input_

        voice: dict[str, Any] | str
        if isinstance(self.voice, OpenAISpeechVoiceName):
            voice = self.voice.value
        elif isinstance(self.voice, OpenAISpeechCustomVoice):
            voice = self.voice.to_dict()
        else:
            voice = self.voice

        instructions = self.instructions

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.value

        speed = self.speed

        stream_format: str | Unset = UNSET
        if not isinstance(self.stream_format, Unset):
            stream_format = self.stream_format.value

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
        from ..models.open_ai_speech_custom_voice import OpenAISpeechCustomVoice  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_model(data: object) -> OpenAISpeechModel | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_type_1 = OpenAISpeechModel(data)

                return model_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OpenAISpeechModel | str, data)

        model = _parse_model(d.pop("model"))

        input_ = d.pop("input")

        def _parse_voice(data: object) -> OpenAISpeechCustomVoice | OpenAISpeechVoiceName | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voice_type_1 = OpenAISpeechVoiceName(data)

                return voice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voice_type_2 = OpenAISpeechCustomVoice.from_dict(data)

                return voice_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OpenAISpeechCustomVoice | OpenAISpeechVoiceName | str, data)

        voice = _parse_voice(d.pop("voice"))

        instructions = d.pop("instructions", UNSET)

        _response_format = d.pop("response_format", UNSET)
        response_format: OpenAISpeechResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = OpenAISpeechResponseFormat(_response_format)

        speed = d.pop("speed", UNSET)

        _stream_format = d.pop("stream_format", UNSET)
        stream_format: OpenAISpeechStreamFormat | Unset
        if isinstance(_stream_format, Unset):
            stream_format = UNSET
        else:
            stream_format = OpenAISpeechStreamFormat(_stream_format)

        open_ai_speech_request = cls(
            model=model,
            input_=input_,
            voice=voice,
            instructions=instructions,
            response_format=response_format,
            speed=speed,
            stream_format=stream_format,
        )

        return open_ai_speech_request
