from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.openai_tts_1_hd_model import OpenaiTts1HdModel, check_openai_tts_1_hd_model
from ..models.openai_tts_1_hd_response_format import OpenaiTts1HdResponseFormat, check_openai_tts_1_hd_response_format
from ..models.openai_tts_1_hd_voice import OpenaiTts1HdVoice, check_openai_tts_1_hd_voice
from ..types import UNSET, Unset

T = TypeVar("T", bound="OpenaiTts1HdRequest")


@_attrs_define
class OpenaiTts1HdRequest:
    """
    Attributes:
        model (OpenaiTts1HdModel):  Default: 'openai/tts-1-hd'.
        text (str): The text content to be converted to speech.
        voice (OpenaiTts1HdVoice | str | Unset): Name of the voice to be used. Default: "alloy".
        style (str | Unset): Determines the style exaggeration of the voice. This setting attempts to amplify the style
            of the original speaker. It does consume additional computational resources and might increase latency if set to
            anything other than 0.
        response_format (OpenaiTts1HdResponseFormat | Unset): Format of the output content for non-streaming requests.
            Controls how the generated audio data is encoded in the response. Default: "mp3".
        speed (float | Unset): Adjusts the speed of the voice. A value of 1.0 is the default speed, while values less
            than 1.0 slow down the speech, and values greater than 1.0 speed it up. Default: 1.
    """

    text: str
    model: OpenaiTts1HdModel = "openai/tts-1-hd"
    voice: OpenaiTts1HdVoice | str | Unset = UNSET
    style: str | Unset = UNSET
    response_format: OpenaiTts1HdResponseFormat | Unset = UNSET
    speed: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        text = self.text

        voice: str | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        elif isinstance(self.voice, str):
            voice = self.voice
        else:
            voice = self.voice

        style = self.style

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format

        speed = self.speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "text": text,
            }
        )
        if voice is not UNSET:
            field_dict["voice"] = voice
        if style is not UNSET:
            field_dict["style"] = style
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = check_openai_tts_1_hd_model(d.pop("model"))

        text = d.pop("text")

        def _parse_voice(data: object) -> OpenaiTts1HdVoice | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voice_type_0 = check_openai_tts_1_hd_voice(data)

                return voice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OpenaiTts1HdVoice | str | Unset, data)

        voice = _parse_voice(d.pop("voice", UNSET))

        style = d.pop("style", UNSET)

        _response_format = d.pop("response_format", UNSET)
        response_format: OpenaiTts1HdResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = check_openai_tts_1_hd_response_format(_response_format)

        speed = d.pop("speed", UNSET)

        openai_tts_1_hd_request = cls(
            model=model,
            text=text,
            voice=voice,
            style=style,
            response_format=response_format,
            speed=speed,
        )

        openai_tts_1_hd_request.additional_properties = d
        return openai_tts_1_hd_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
