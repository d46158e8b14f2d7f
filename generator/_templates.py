"""Patches to openapi-python-client's templates, applied to the pinned version's own files at generation time.

openapi-python-client renders a few shapes into code that ``mypy --strict`` refuses. Its templates are not
public API, so none is copied into this repository: each patch below names a template of the installed
(pinned) version, the text it replaces and why. A patch whose text is no longer there stops generation,
naming it: a new openapi-python-client needs its patches reviewed. The patched files are written to a
scratch folder passed as ``custom_template_path`` (the others are the package's own).
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from generator._errors import GeneratorError

#: template -> [(text in the pinned version, replacement, why)].
PATCHES: dict[str, list[tuple[str, str, str]]] = {
    "property_templates/list_property.py.jinja": [
        (
            "{{ property.python_name }} = cast({{ property.get_type_string(no_optional=True) | as_unembedded_code }}, "
            "{{ source }})",
            "{{ property.python_name }}: {{ property.get_type_string(no_optional=True) | as_unembedded_code }} = "
            "{{ source }}",
            "inside a union the value is already narrowed to a list, and mypy --strict refuses the redundant cast "
            "(a list of any JSON); an annotated assignment types both uses",
        ),
        (
            "{% macro _transform(property, source, destination, transform_method) %}",
            '{% macro _transform(property, source, destination, transform_method, annotation="") %}',
            "the list built by to_dict is annotated where it is declared (below): left to inference, a list of "
            "lists of a nullable Literal took the narrowed type of its first item, and mypy --strict refused "
            "appending it to the outer list",
        ),
        (
            "{{ destination }} = []\nfor {{ inner_source }} in {{ source }}:",
            "{{ destination }}{{ annotation }} = []\nfor {{ inner_source }} in {{ source }}:",
            "(see above)",
        ),
        (
            '{% if property.required %}\n{{ _transform(property, source, destination, "to_dict") }}',
            '{% if property.required %}\n{{ _transform(property, source, destination, "to_dict", '
            '(": " ~ type_string) if declare_type else "") }}',
            "(see above)",
        ),
    ],
    "literal_enum.py.jinja": [
        (
            '{{ enum.class_info.name }} = Literal{{ "%r" | format(enum.values|list|sort) }}\n',
            '{{ enum.class_info.name }} = Literal{{ "%r" | format(enum.values|list|sort) }}\n'
            # the closing quotes on their own line: a description ending in a quote cannot end the string early
            '{% if enum.description %}"""{{ enum.description | safe_for_docstring | wordwrap(116) }}\n"""'
            '{% else %}"""The values the spec lists."""{% endif %}\n',
            "a Literal alias has no docstring of its own: the spec's description of the field, as an attribute "
            "docstring editors show on hover",
        )
    ],
}


def patched_templates(folder: Path) -> Path:
    """Write the patched templates under ``folder`` and return it (for ``custom_template_path``)."""
    source = files("openapi_python_client") / "templates"
    for name, patches in PATCHES.items():
        text = (source / name).read_text(encoding="utf-8")
        for old, new, why in patches:
            if old not in text:
                raise GeneratorError(
                    f"openapi-python-client's template {name} no longer holds the text a patch replaces ({why}): "
                    "review generator/_templates.py for this version"
                )
            text = text.replace(old, new)
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return folder
