"""Which speech operations the server answers, where, and with which specs: read from the catalog's ``[api.*]``
tables, the same description the client sends by. One rule, for the routes and for ``/openapi.json``."""

from __future__ import annotations

from functools import cache
from urllib.parse import urlsplit

from tts_sdk._core._catalog import ApiInfo, SpecInfo, apis, specs
from tts_sdk._core._schema import Parts

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class SpeechRoute:
    """One operation the server answers: its API, the role it plays, its method and server path (the API's base
    URL path, then the operation's: OpenAI's ``/v1`` + ``/audio/speech``), and the specs it serves."""

    __slots__ = ("api", "method", "path", "role", "specs")

    def __init__(self, api: ApiInfo, role: str, method: str, path: str, served: tuple[SpecInfo, ...]) -> None:
        self.api, self.role, self.method, self.path, self.specs = api, role, method, path, served

    @property
    def name(self) -> str:
        """``<api>_<role>``: the operation's id in ``/openapi.json``."""
        return f"{self.api.name}_{'create_speech' if self.role == 'create' else self.role + '_speech'}"

    def events_body(self, spec: SpecInfo) -> dict[str, Any] | None:
        """The body fields that turn this create route's answer into events (OpenAI's ``stream_format: sse``), if
        the API's events are its create operation with them."""
        events = spec.operations.get("events")
        create = spec.operations["create"]
        if (
            self.role == "create"
            and events is not None
            and (events.method, events.path) == (create.method, create.path)
        ):
            return events.body
        return None

    def __repr__(self) -> str:
        return f"SpeechRoute({self.api.name!r}, {self.role!r}, {self.method} {self.path})"


@cache
def speech_routes() -> tuple[SpeechRoute, ...]:
    """Every speech operation of every API, in catalog order; an events role that is the create operation with
    other body fields (OpenAI's) is answered by the create route."""
    found: dict[tuple[str, str], SpeechRoute] = {}
    for name, api in apis().items():
        prefix = urlsplit(api.base_url).path.rstrip("/")
        served = tuple(spec for spec in specs() if spec.api == name)
        for spec in served:
            create = spec.operations["create"]
            for role, operation in spec.operations.items():
                if role != "create" and (operation.method, operation.path) == (create.method, create.path):
                    continue
                key = (operation.method, prefix + operation.path)
                route = found.get(key)
                if route is None:
                    found[key] = SpeechRoute(api, role, operation.method, prefix + operation.path, (spec,))
                elif spec not in route.specs:
                    route.specs += (spec,)
    return tuple(found.values())


def spec_of_request(route: SpeechRoute, parts: Parts) -> tuple[SpecInfo | None, Any]:
    """The spec of the route a request's model selects (its model field, given or default), and that model."""
    model: Any = None
    for spec in route.specs:
        path = spec.fields.get("model") or "model"
        model = parts.get(path)
        if model is None:
            model = spec.defaults.get(path)
        if isinstance(model, str) and (model in spec.models or (len(route.specs) == 1 and spec.model_free)):
            return spec, model
    return None, model
