from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alibaba_qwen_3_tts_flash_model import AlibabaQwen3TtsFlashModel
from ..models.alibaba_qwen_3_tts_flash_voice import AlibabaQwen3TtsFlashVoice
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaQwen3TtsFlashRequest")


@_attrs_define
class AlibabaQwen3TtsFlashRequest:
    """
    Attributes:
        model (AlibabaQwen3TtsFlashModel):
        text (str): The text content to be converted to speech.
        voice (AlibabaQwen3TtsFlashVoice | Unset): Name of the voice to be used. Default: "Cherry".
    """

    model: AlibabaQwen3TtsFlashModel
    text: str
    voice: AlibabaQwen3TtsFlashVoice | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model.value

        text = self.text

        voice: str | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice.value

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
        model = AlibabaQwen3TtsFlashModel(d.pop("model"))

        text = d.pop("text")

        _voice = d.pop("voice", UNSET)
        voice: AlibabaQwen3TtsFlashVoice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = AlibabaQwen3TtsFlashVoice(_voice)

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
