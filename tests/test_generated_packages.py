"""The committed generated packages: names, fixed defects, schemas, and a real HTTP round trip."""

from __future__ import annotations

import importlib
import json
import tomllib
from enum import Enum
from typing import Any

import attrs
import jsonschema
import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from tts_sdk._core._catalog import specs
from tts_sdk_generated import aiml_openai_tts_1 as aiml
from tts_sdk_generated import openai_speech
from tts_sdk_generated.aiml_inworld_tts_1_max.models import InworldTTS1MaxVoice
from tts_sdk_generated.aiml_openai_tts_1.api.default import create_speech as aiml_create_speech
from tts_sdk_generated.aiml_openai_tts_1.models import (
    TTS1AudioFile,
    TTS1Error,
    TTS1Model,
    TTS1Request,
    TTS1Response,
    TTS1Voice,
)
from tts_sdk_generated.openai_speech.api.default import create_speech as openai_create_speech
from tts_sdk_generated.openai_speech.models import OpenAISpeechCustomVoice, OpenAISpeechRequest

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


def test_enum_member_names_are_ascii_and_the_voice_mait_e_kept() -> None:

    assert InworldTTS1MaxVoice.MAITE.value == "Maitê"
    for spec in CATALOG["specs"]:
        models = importlib.import_module(f"tts_sdk_generated.{spec['package']}.models")
        for name in models.__all__:
            cls = getattr(models, name)
            if isinstance(cls, type) and issubclass(cls, Enum):
                assert all(member.isascii() and member.isupper() for member in cls.__members__), cls


def test_no_field_prefixed_or_model_id_names() -> None:
    generated = REPO / "generated" / "tts_sdk_generated"
    for path in generated.rglob("*.py"):
        text = path.read_text()
        assert "field_v1_tts" not in text and "FieldV1Tts" not in text and "Openaitts" not in text, path


def test_generated_aiml_client_sends_the_key_and_parses_both_audio_forms(server: LoopbackServer) -> None:
    client = aiml.AuthenticatedClient(base_url=server.base_url, token="sk-test-123")
    body = TTS1Request(model=TTS1Model.OPENAI_TTS_1, text="Hello", voice=TTS1Voice.CORAL)

    usage = {"credits_used": 5, "usd_spent": 0.001}
    server.serve_json("/v1/tts", {"audio": {"url": "https://cdn.example/a.mp3"}, "meta": {"usage": usage}})
    documented = aiml_create_speech.sync(client=client, body=body)
    assert isinstance(documented, TTS1Response) and isinstance(documented.audio, TTS1AudioFile)
    assert documented.audio.url == "https://cdn.example/a.mp3"

    server.serve_json("/v1/tts", {"audio": "https://cdn.example/b.mp3"})
    declared = aiml_create_speech.sync(client=client, body=body)
    assert isinstance(declared, TTS1Response) and declared.audio == "https://cdn.example/b.mp3"

    server.serve_json("/v1/tts", {"message": "text is too long", "statusCode": 400}, status=400)
    error = aiml_create_speech.sync(client=client, body=body)
    assert isinstance(error, TTS1Error) and error.status_code == 400

    request = server.seen[0]
    assert request.headers["Authorization"] == "Bearer sk-test-123"
    assert request.json()["model"] == "openai/tts-1" and request.json()["voice"] == "coral"
    assert "stream" not in request.json()


def test_generated_openai_client_sends_a_custom_voice(server: LoopbackServer) -> None:
    server.serve("/v1/audio/speech", b"ID3fake-mp3", content_type="application/octet-stream")
    client = openai_speech.AuthenticatedClient(base_url=server.url("/v1"), token="sk-openai")
    body = OpenAISpeechRequest(model="gpt-4o-mini-tts", input_="Hi", voice=OpenAISpeechCustomVoice(id="voice_1234"))
    result = openai_create_speech.sync_detailed(client=client, body=body)
    assert result.status_code == 200 and result.content == b"ID3fake-mp3"
    # What was written, and nothing else: the spec's defaults are the API's to apply, not the model's to send.
    assert server.seen[0].json() == {"model": "gpt-4o-mini-tts", "input": "Hi", "voice": {"id": "voice_1234"}}
