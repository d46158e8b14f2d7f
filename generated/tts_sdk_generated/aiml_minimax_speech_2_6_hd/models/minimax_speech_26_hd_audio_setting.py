from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.minimax_speech_26_hd_audio_setting_bitrate import (
    MinimaxSpeech26HdAudioSettingBitrate,
    check_minimax_speech_26_hd_audio_setting_bitrate,
)
from ..models.minimax_speech_26_hd_audio_setting_channel import (
    MinimaxSpeech26HdAudioSettingChannel,
    check_minimax_speech_26_hd_audio_setting_channel,
)
from ..models.minimax_speech_26_hd_audio_setting_format import (
    MinimaxSpeech26HdAudioSettingFormat,
    check_minimax_speech_26_hd_audio_setting_format,
)
from ..models.minimax_speech_26_hd_audio_setting_sample_rate import (
    MinimaxSpeech26HdAudioSettingSampleRate,
    check_minimax_speech_26_hd_audio_setting_sample_rate,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MinimaxSpeech26HdAudioSetting")


@_attrs_define
class MinimaxSpeech26HdAudioSetting:
    """Audio output configuration

    Attributes:
        sample_rate (MinimaxSpeech26HdAudioSettingSampleRate | Unset): Audio sample rate in Hz. Default: 32000.
        bitrate (MinimaxSpeech26HdAudioSettingBitrate | Unset): Audio bitrate in bits per second. Controls the
            compression level and audio quality. Higher bitrates provide better quality but larger file sizes. Default:
            128000.
        format_ (MinimaxSpeech26HdAudioSettingFormat | Unset): Audio output format. MP3 provides good compression and
            compatibility, PCM offers uncompressed high quality, and FLAC provides lossless compression. Default: "mp3".
        channel (MinimaxSpeech26HdAudioSettingChannel | Unset): Number of audio channels. 1 for mono (single channel), 2
            for stereo (dual channel) output. Default: 1.
    """

    sample_rate: MinimaxSpeech26HdAudioSettingSampleRate | Unset = UNSET
    bitrate: MinimaxSpeech26HdAudioSettingBitrate | Unset = UNSET
    format_: MinimaxSpeech26HdAudioSettingFormat | Unset = UNSET
    channel: MinimaxSpeech26HdAudioSettingChannel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sample_rate: int | Unset = UNSET
        if not isinstance(self.sample_rate, Unset):
            sample_rate = self.sample_rate

        bitrate: int | Unset = UNSET
        if not isinstance(self.bitrate, Unset):
            bitrate = self.bitrate

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        channel: int | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate
        if bitrate is not UNSET:
            field_dict["bitrate"] = bitrate
        if format_ is not UNSET:
            field_dict["format"] = format_
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _sample_rate = d.pop("sample_rate", UNSET)
        sample_rate: MinimaxSpeech26HdAudioSettingSampleRate | Unset
        if isinstance(_sample_rate, Unset):
            sample_rate = UNSET
        else:
            sample_rate = check_minimax_speech_26_hd_audio_setting_sample_rate(_sample_rate)

        _bitrate = d.pop("bitrate", UNSET)
        bitrate: MinimaxSpeech26HdAudioSettingBitrate | Unset
        if isinstance(_bitrate, Unset):
            bitrate = UNSET
        else:
            bitrate = check_minimax_speech_26_hd_audio_setting_bitrate(_bitrate)

        _format_ = d.pop("format", UNSET)
        format_: MinimaxSpeech26HdAudioSettingFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_minimax_speech_26_hd_audio_setting_format(_format_)

        _channel = d.pop("channel", UNSET)
        channel: MinimaxSpeech26HdAudioSettingChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = check_minimax_speech_26_hd_audio_setting_channel(_channel)

        minimax_speech_26_hd_audio_setting = cls(
            sample_rate=sample_rate,
            bitrate=bitrate,
            format_=format_,
            channel=channel,
        )

        minimax_speech_26_hd_audio_setting.additional_properties = d
        return minimax_speech_26_hd_audio_setting

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
