from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.minimax_speech_25_hd_preview_timbre_weights_item_voice_id import (
    MinimaxSpeech25HdPreviewTimbreWeightsItemVoiceId,
    check_minimax_speech_25_hd_preview_timbre_weights_item_voice_id,
)

T = TypeVar("T", bound="MinimaxSpeech25HdPreviewTimbreWeightsItem")


@_attrs_define
class MinimaxSpeech25HdPreviewTimbreWeightsItem:
    """
    Attributes:
        voice_id (MinimaxSpeech25HdPreviewTimbreWeightsItemVoiceId | str): A predefined system voice for text-to-speech
            synthesis.
        weight (int): Weight for voice mixing. Range: [1, 100]. Higher weights are sampled more heavily.
    """

    voice_id: MinimaxSpeech25HdPreviewTimbreWeightsItemVoiceId | str
    weight: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id: str
        if isinstance(self.voice_id, str):
            voice_id = self.voice_id
        else:
            voice_id = self.voice_id

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_id": voice_id,
                "weight": weight,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_voice_id(data: object) -> MinimaxSpeech25HdPreviewTimbreWeightsItemVoiceId | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voice_id_type_0 = check_minimax_speech_25_hd_preview_timbre_weights_item_voice_id(data)

                return voice_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MinimaxSpeech25HdPreviewTimbreWeightsItemVoiceId | str, data)

        voice_id = _parse_voice_id(d.pop("voice_id"))

        weight = d.pop("weight")

        minimax_speech_25_hd_preview_timbre_weights_item = cls(
            voice_id=voice_id,
            weight=weight,
        )

        minimax_speech_25_hd_preview_timbre_weights_item.additional_properties = d
        return minimax_speech_25_hd_preview_timbre_weights_item

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
