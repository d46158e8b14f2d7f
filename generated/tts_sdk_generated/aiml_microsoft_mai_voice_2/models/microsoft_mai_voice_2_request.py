from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.microsoft_mai_voice_2_model import MicrosoftMaiVoice2Model, check_microsoft_mai_voice_2_model
from ..models.microsoft_mai_voice_2_response_format import (
    MicrosoftMaiVoice2ResponseFormat,
    check_microsoft_mai_voice_2_response_format,
)
from ..models.microsoft_mai_voice_2_voice import MicrosoftMaiVoice2Voice, check_microsoft_mai_voice_2_voice
from ..types import UNSET, Unset

T = TypeVar("T", bound="MicrosoftMaiVoice2Request")


@_attrs_define
class MicrosoftMaiVoice2Request:
    """
    Attributes:
        model (MicrosoftMaiVoice2Model):  Default: 'microsoft/mai-voice-2'.
        text (str): The text content to be converted to speech. Example: Hello! This is a demo of Microsoft MAI-Voice-2
            text to speech..
        voice (MicrosoftMaiVoice2Voice | str | Unset): Name of the voice to be used. Default: "en-US-AvaNeural".
        response_format (MicrosoftMaiVoice2ResponseFormat | Unset): Format of the output content for non-streaming
            requests. Controls how the generated audio data is encoded in the response. Default: "mp3".
        max_tokens (int | Unset): The maximum number of tokens that can be generated in the chat completion. This value
            can be used to control costs for text generated via API. Example: 4096.
        temperature (float | Unset): What sampling temperature to use. Higher values like 0.8 will make the output more
            random, while lower values like 0.2 will make it more focused and deterministic. We generally recommend altering
            this or top_p but not both. Default: 1. Example: 1.
        top_p (float | Unset): An alternative to sampling with temperature, called nucleus sampling, where the model
            considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top
            10% probability mass are considered. We generally recommend altering this or temperature but not both. Default:
            1. Example: 1.
        max_completion_tokens (int | Unset): An upper bound for the number of tokens that can be generated for a
            completion, including visible output tokens and reasoning tokens. Example: 4096.
    """

    text: str
    model: MicrosoftMaiVoice2Model = "microsoft/mai-voice-2"
    voice: MicrosoftMaiVoice2Voice | str | Unset = UNSET
    response_format: MicrosoftMaiVoice2ResponseFormat | Unset = UNSET
    max_tokens: int | Unset = UNSET
    temperature: float | Unset = UNSET
    top_p: float | Unset = UNSET
    max_completion_tokens: int | Unset = UNSET
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

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format

        max_tokens = self.max_tokens

        temperature = self.temperature

        top_p = self.top_p

        max_completion_tokens = self.max_completion_tokens

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
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = check_microsoft_mai_voice_2_model(d.pop("model"))

        text = d.pop("text")

        def _parse_voice(data: object) -> MicrosoftMaiVoice2Voice | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voice_type_0 = check_microsoft_mai_voice_2_voice(data)

                return voice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MicrosoftMaiVoice2Voice | str | Unset, data)

        voice = _parse_voice(d.pop("voice", UNSET))

        _response_format = d.pop("response_format", UNSET)
        response_format: MicrosoftMaiVoice2ResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = check_microsoft_mai_voice_2_response_format(_response_format)

        max_tokens = d.pop("max_tokens", UNSET)

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        max_completion_tokens = d.pop("max_completion_tokens", UNSET)

        microsoft_mai_voice_2_request = cls(
            model=model,
            text=text,
            voice=voice,
            response_format=response_format,
            max_tokens=max_tokens,
            temperature=temperature,
            top_p=top_p,
            max_completion_tokens=max_completion_tokens,
        )

        microsoft_mai_voice_2_request.additional_properties = d
        return microsoft_mai_voice_2_request

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
