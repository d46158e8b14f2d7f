from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.minimax_speech_25_hd_voice_modify_sound_effects import (
    MinimaxSpeech25HdVoiceModifySoundEffects,
    check_minimax_speech_25_hd_voice_modify_sound_effects,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MinimaxSpeech25HdVoiceModify")


@_attrs_define
class MinimaxSpeech25HdVoiceModify:
    """Voice modification settings for adjusting pitch, intensity, timbre, and applying sound effects to customize the
    voice characteristics.

        Attributes:
            pitch (int | Unset): Pitch level (-100 to 100)
            intensity (int | Unset): Intensity level (-100 to 100)
            timbre (int | Unset): Timbre level (-100 to 100)
            sound_effects (MinimaxSpeech25HdVoiceModifySoundEffects | Unset): Audio effects to apply to the synthesized
                speech. Includes options like spacious_echo, auditorium_echo, lofi_telephone, and robotic effects.
    """

    pitch: int | Unset = UNSET
    intensity: int | Unset = UNSET
    timbre: int | Unset = UNSET
    sound_effects: MinimaxSpeech25HdVoiceModifySoundEffects | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pitch = self.pitch

        intensity = self.intensity

        timbre = self.timbre

        sound_effects: str | Unset = UNSET
        if not isinstance(self.sound_effects, Unset):
            sound_effects = self.sound_effects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pitch is not UNSET:
            field_dict["pitch"] = pitch
        if intensity is not UNSET:
            field_dict["intensity"] = intensity
        if timbre is not UNSET:
            field_dict["timbre"] = timbre
        if sound_effects is not UNSET:
            field_dict["sound_effects"] = sound_effects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pitch = d.pop("pitch", UNSET)

        intensity = d.pop("intensity", UNSET)

        timbre = d.pop("timbre", UNSET)

        _sound_effects = d.pop("sound_effects", UNSET)
        sound_effects: MinimaxSpeech25HdVoiceModifySoundEffects | Unset
        if isinstance(_sound_effects, Unset):
            sound_effects = UNSET
        else:
            sound_effects = check_minimax_speech_25_hd_voice_modify_sound_effects(_sound_effects)

        minimax_speech_25_hd_voice_modify = cls(
            pitch=pitch,
            intensity=intensity,
            timbre=timbre,
            sound_effects=sound_effects,
        )

        minimax_speech_25_hd_voice_modify.additional_properties = d
        return minimax_speech_25_hd_voice_modify

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
