"""Which provider and generated spec a request goes to, chosen from the model id."""

from __future__ import annotations

from tts_sdk._catalog import SpecInfo, specs
from tts_sdk._errors import UnknownModelError
from tts_sdk._validation._select import spec_for_model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from tts_sdk._providers import Endpoint


class Route:
    """A resolved request target: the endpoint (base URL, key, auth style) and the spec of its body."""

    __slots__ = ("endpoint", "model", "spec")

    def __init__(self, endpoint: Endpoint, spec: SpecInfo, model: str) -> None:
        self.endpoint, self.spec, self.model = endpoint, spec, model

    @property
    def url(self) -> str:
        """The operation URL: the endpoint's base URL and the spec's path (``/v1/tts``, ``/audio/speech``)."""
        return self.endpoint.base_url + self.spec.path


def route(model: str, provider: str | None, endpoints: dict[str, Endpoint]) -> Route:
    """Pick the endpoint and spec for ``model``.

    ``provider`` (the call's, else the client's) wins; without one, the model's spec (by
    :func:`spec_for_model`, the rule validation and ``tts-sdk batch`` use too) says which API it goes to. On an
    OpenAI-style provider every model id is accepted (routers name models their own way); on the AIML API it
    must be one its specs list.
    """
    if provider is None:
        provider = spec_for_model(model).provider
    if provider not in endpoints:
        raise UnknownModelError(f"unknown provider {provider!r}; configured: {', '.join(endpoints)}")
    endpoint = endpoints[provider]
    return Route(endpoint, spec_for_model(model, endpoint.provider.api), model)


def spec_of_request(request: object) -> SpecInfo:
    """The spec a generated request model (``TTS1Request``, ``OpenAISpeechRequest``...) belongs to."""
    module = type(request).__module__
    for spec in specs():
        if module.startswith(f"tts_sdk_generated.{spec.package}.") and type(request).__name__ == spec.request_class:
            return spec
    raise TypeError(f"request must be a generated request model (such as TTS1Request), got {type(request).__name__}")
