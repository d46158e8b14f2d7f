"""The committed generated packages: names, fixed defects, schemas, and a real HTTP round trip."""

from __future__ import annotations

import importlib
import json
import tomllib
import typing
from enum import Enum
from typing import Any

import attrs
import jsonschema
import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from tts_sdk._core._catalog import SpecInfo, specs
from tts_sdk._core._schema import set_path
from tts_sdk_generated import aiml_openai_tts_1 as aiml
from tts_sdk_generated import openai_speech
from tts_sdk_generated.aiml_inworld_tts_1_max.models import InworldTts1MaxVoice
from tts_sdk_generated.aiml_openai_tts_1.api.default import create_speech as aiml_create_speech
from tts_sdk_generated.aiml_openai_tts_1.models import (
    OpenaiTts1AudioFile,
    OpenaiTts1Error,
    OpenaiTts1Request,
    OpenaiTts1Response,
)
from tts_sdk_generated.openai_speech.api.default import create_speech as openai_create_speech
from tts_sdk_generated.openai_speech.models import OpenaiSpeechCustomVoice, OpenaiSpeechRequest

from generator import Project
from generator._document import parse_document
from generator._sources import fixed_document, spec_bytes
from tests._catalog import minimal_payload
from tests._loopback import LoopbackServer
from tests.conftest import REPO

PROJECT = Project(REPO)
DRAFT2020 = "https://json-schema.org/draft/2020-12/schema"
ENTRIES = PROJECT.load_specs()
AIML = [entry for entry in ENTRIES if entry.api.name == "aiml"]
CATALOG = json.loads((REPO / "generated" / "tts_sdk_generated" / "catalog.json").read_text())


def test_catalog_lists_every_spec_of_specs_toml() -> None:
    listed = tomllib.loads(PROJECT.specs_file.read_text())["spec"]
    assert [spec["name"] for spec in CATALOG["specs"]] == [spec["name"] for spec in listed]
    assert [spec["package"] for spec in CATALOG["specs"]] == [entry.package for entry in ENTRIES]
    for spec in CATALOG["specs"]:
        models = importlib.import_module(f"tts_sdk_generated.{spec['package']}.models")
        assert hasattr(models, spec["request_class"])
        importlib.import_module(f"tts_sdk_generated.{spec['package']}.api.default.create_speech")


@pytest.mark.parametrize("entry", AIML, ids=lambda entry: entry.name)
def test_published_aiml_spec_is_invalid_and_the_patched_one_valid(entry: Any) -> None:
    published = parse_document(spec_bytes(PROJECT, entry), entry.name)
    with pytest.raises(OpenAPIValidationError, match="description"):
        validate(published)
    _upstream, fixed, notes = fixed_document(PROJECT, entry)
    validate(fixed)
    assert any(".description: missing" in note for note in notes)


@pytest.mark.parametrize("spec", CATALOG["specs"], ids=lambda spec: spec["name"])
def test_request_schema_is_valid_for_its_declared_dialect(spec: dict[str, Any]) -> None:
    """Draft 4 for OpenAPI 3.0 documents, draft 2020-12 for 3.1: valid against that metaschema (what
    check-jsonschema and editors read)."""
    schema = json.loads(
        (REPO / "generated" / "tts_sdk_generated" / spec["package"] / "request.schema.json").read_text()
    )
    dialect = jsonschema.validators.validator_for(schema)
    assert schema["$schema"] in (jsonschema.Draft4Validator.META_SCHEMA["$schema"], DRAFT2020)
    assert dialect.META_SCHEMA["$schema"] == schema["$schema"]
    dialect.check_schema(schema)
    validator = dialect(schema)
    info = next(item for item in specs() if item.name == spec["name"])
    valid = minimal_payload(info)
    assert list(validator.iter_errors(valid)) == []
    stream = schema["properties"].get("stream", {})
    if stream.get("enum") == [False]:
        # The typed model leaves `stream` out, but the schema keeps enforcing `enum: [false]`.
        assert not validator.is_valid({**valid, "stream": True})
        assert validator.is_valid({**valid, "stream": False})
        models = importlib.import_module(f"tts_sdk_generated.{spec['package']}.models")
        assert "stream" not in [field.name for field in attrs.fields(getattr(models, spec["request_class"]))]


def test_string_enums_are_literals_of_the_spec_values_and_the_voice_mait_e_kept() -> None:
    assert "Maitê" in typing.get_args(InworldTts1MaxVoice)
    for spec in specs():
        models = importlib.import_module(f"tts_sdk_generated.{spec.package}.models")
        enums = [getattr(models, name) for name in models.__all__]
        assert not any(isinstance(cls, type) and issubclass(cls, Enum) and issubclass(cls, str) for cls in enums)


def _request_class(spec: SpecInfo) -> Any:
    models = importlib.import_module(f"tts_sdk_generated.{spec.package}.models")
    return getattr(models, str(spec.request_class))


@pytest.mark.parametrize("spec", [spec for spec in specs() if spec.request_class], ids=lambda spec: spec.name)
def test_a_request_model_sends_what_was_written(spec: SpecInfo) -> None:
    """from_dict then to_dict gives back exactly the payload: no default added, no value changed."""
    payload = minimal_payload(spec)
    request = _request_class(spec).from_dict(payload)
    assert request.to_dict() == payload


@pytest.mark.parametrize("spec", [spec for spec in specs() if spec.request_class], ids=lambda spec: spec.name)
def test_a_voice_or_model_added_upstream_does_not_break_from_dict(spec: SpecInfo) -> None:
    """Voices and model ids are open (``Literal[...] | str``): a value the spec does not list yet still loads."""
    payload = minimal_payload(spec)
    voice, model = spec.fields.get("voice"), spec.fields.get("model")
    grown = [voice] if voice and ":" not in voice else []  # a path parameter is a function argument, not a field
    grown += [model] if model and ":" not in model and len(spec.models) != 1 else []
    for field in grown:
        set_path(payload, field, "added-upstream-2027")
    assert _request_class(spec).from_dict(payload).to_dict() == payload


@pytest.mark.parametrize("spec", [spec for spec in specs() if len(spec.models) == 1], ids=lambda spec: spec.name)
def test_a_class_serving_one_model_fills_it_in(spec: SpecInfo) -> None:
    field = str(spec.fields["model"])
    required = {name: value for name, value in minimal_payload(spec).items() if name != field}
    request = _request_class(spec).from_dict({field: spec.models[0], **required})
    kept = [item.name for item in attrs.fields(type(request)) if item.name not in (field, "additional_properties")]
    built = type(request)(**{name: getattr(request, name) for name in kept})  # no model= given
    assert built.to_dict()[field] == spec.models[0]


def test_no_field_prefixed_or_model_id_names() -> None:
    generated = REPO / "generated" / "tts_sdk_generated"
    for path in generated.rglob("*.py"):
        text = path.read_text()
        assert "field_v1_tts" not in text and "FieldV1Tts" not in text and "Openaitts" not in text, path


def test_generated_aiml_client_sends_the_key_and_parses_both_audio_forms(server: LoopbackServer) -> None:
    client = aiml.AuthenticatedClient(base_url=server.base_url, token="sk-test-123")
    body = OpenaiTts1Request(text="Hello", voice="coral")  # plain strings; the one model it serves filled in

    usage = {"credits_used": 5, "usd_spent": 0.001}
    server.serve_json("/v1/tts", {"audio": {"url": "https://cdn.example/a.mp3"}, "meta": {"usage": usage}})
    documented = aiml_create_speech.sync(client=client, body=body)
    assert isinstance(documented, OpenaiTts1Response) and isinstance(documented.audio, OpenaiTts1AudioFile)
    assert documented.audio.url == "https://cdn.example/a.mp3"

    server.serve_json("/v1/tts", {"audio": "https://cdn.example/b.mp3"})
    declared = aiml_create_speech.sync(client=client, body=body)
    assert isinstance(declared, OpenaiTts1Response) and declared.audio == "https://cdn.example/b.mp3"

    server.serve_json("/v1/tts", {"message": "text is too long", "statusCode": 400}, status=400)
    error = aiml_create_speech.sync(client=client, body=body)
    assert isinstance(error, OpenaiTts1Error) and error.status_code == 400

    request = server.seen[0]
    assert request.headers["Authorization"] == "Bearer sk-test-123"
    assert request.json()["model"] == "openai/tts-1" and request.json()["voice"] == "coral"
    assert "stream" not in request.json()


def test_generated_openai_client_sends_a_custom_voice(server: LoopbackServer) -> None:
    server.serve("/v1/audio/speech", b"ID3fake-mp3", content_type="application/octet-stream")
    client = openai_speech.AuthenticatedClient(base_url=server.url("/v1"), token="sk-openai")
    body = OpenaiSpeechRequest(model="gpt-4o-mini-tts", input_="Hi", voice=OpenaiSpeechCustomVoice(id="voice_1234"))
    result = openai_create_speech.sync_detailed(client=client, body=body)
    assert result.status_code == 200 and result.content == b"ID3fake-mp3"
    # What was written, and nothing else: the spec's defaults are the API's to apply, not the model's to send.
    assert server.seen[0].json() == {"model": "gpt-4o-mini-tts", "input": "Hi", "voice": {"id": "voice_1234"}}
