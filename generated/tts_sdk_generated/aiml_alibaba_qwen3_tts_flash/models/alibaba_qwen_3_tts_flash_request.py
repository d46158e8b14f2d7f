from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alibaba_qwen_3_tts_flash_model import AlibabaQwen3TtsFlashModel, check_alibaba_qwen_3_tts_flash_model
from ..models.alibaba_qwen_3_tts_flash_voice import AlibabaQwen3TtsFlashVoice, check_alibaba_qwen_3_tts_flash_voice
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaQwen3TtsFlashRequest")


@_attrs_define
class AlibabaQwen3TtsFlashRequest:
    """
    Attributes:
        model (AlibabaQwen3TtsFlashModel):  Default: 'alibaba/qwen3-tts-flash'.
        text (str): The text content to be converted to speech.
        voice (AlibabaQwen3TtsFlashVoice | str | Unset): Name of the voice to be used. Default: "Cherry".
    """

    text: str
    model: AlibabaQwen3TtsFlashModel = "alibaba/qwen3-tts-flash"
    voice: AlibabaQwen3TtsFlashVoice | str | Unset = UNSET
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = check_alibaba_qwen_3_tts_flash_model(d.pop("model"))

        text = d.pop("text")

        def _parse_voice(data: object) -> AlibabaQwen3TtsFlashVoice | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voice_type_0 = check_alibaba_qwen_3_tts_flash_voice(data)

                return voice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlibabaQwen3TtsFlashVoice | str | Unset, data)

        voice = _parse_voice(d.pop("voice", UNSET))

        alibaba_qwen_3_tts_flash_request = cls(
            model=model,
            text=text,
            voice=voice,
        )

        alibaba_qwen_3_tts_flash_request.additional_properties = d
        return alibaba_qwen_3_tts_flash_request

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
