from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cartesia_ttssse_error_event_type import (
    CartesiaTTSSSEErrorEventType,
    check_cartesia_ttssse_error_event_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CartesiaTTSSSEErrorEvent")


@_attrs_define
class CartesiaTTSSSEErrorEvent:
    """Error information for the TTS SSE request.

    Attributes:
        type_ (CartesiaTTSSSEErrorEventType): Event type identifier.
        done (bool): Whether generation is complete.
        status_code (int): An HTTP response status code.
        title (str): Human-readable error title.
        message (str): Human-readable error message.
        request_id (str): Unique identifier for this request.
        error_code (None | str | Unset): Machine-readable error code.
        doc_url (None | str | Unset): URL to relevant documentation.
    """

    type_: CartesiaTTSSSEErrorEventType
    done: bool
    status_code: int
    title: str
    message: str
    request_id: str
    error_code: None | str | Unset = UNSET
    doc_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        done = self.done

        status_code = self.status_code

        title = self.title

        message = self.message

        request_id = self.request_id

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        doc_url: None | str | Unset
        if isinstance(self.doc_url, Unset):
            doc_url = UNSET
        else:
            doc_url = self.doc_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "done": done,
                "status_code": status_code,
                "title": title,
                "message": message,
                "request_id": request_id,
            }
        )
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if doc_url is not UNSET:
            field_dict["doc_url"] = doc_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_cartesia_ttssse_error_event_type(d.pop("type"))

        done = d.pop("done")

        status_code = d.pop("status_code")

        title = d.pop("title")

        message = d.pop("message")

        request_id = d.pop("request_id")

        def _parse_error_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_code = _parse_error_code(d.pop("error_code", UNSET))

        def _parse_doc_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_url = _parse_doc_url(d.pop("doc_url", UNSET))

        cartesia_ttssse_error_event = cls(
            type_=type_,
            done=done,
            status_code=status_code,
            title=title,
            message=message,
            request_id=request_id,
            error_code=error_code,
            doc_url=doc_url,
        )

        cartesia_ttssse_error_event.additional_properties = d
        return cartesia_ttssse_error_event

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
