"""README.md's model table, written from the catalog so that it cannot go stale (``make check`` compares it)."""

from __future__ import annotations

from typing import Any

START = "<!-- models: written by `make generate` from specs/specs.toml; do not edit -->"
END = "<!-- /models -->"


def models_table(catalog: list[dict[str, Any]]) -> str:
    """One row per generated package: models, API, package, request class and where the facade's words go."""
    rows = [
        "| model ids | API | package (`tts_sdk_generated.…`) | request class | text | voice | format |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for spec in catalog:
        vocabulary = spec.get("vocabulary", {})
        fields = vocabulary.get("fields", {})
        models = ", ".join(f"`{model}`" for model in spec["models"])
        if spec.get("model_free"):
            models = f"{models}, any other id" if models else "any id"
        create = spec["operations"]["create"]
        formats = ", ".join(vocabulary.get("formats", {})) or "-"
        format_fields = " + ".join(f"`{path}`" for path in vocabulary.get("format", [])) or "-"
        rows.append(
            f"| {models} | {spec['api']}: {create['method']} {create['path']} | `{spec['package']}` | "
            f"{'`' + spec['request_class'] + '`' if spec['request_class'] else '-'} | `{fields.get('text')}` | "
            f"{'`' + fields['voice'] + '`' if fields.get('voice') else '-'} | {format_fields}: {formats} |"
        )
    return "\n".join(rows)


def readme_with_models(text: str, catalog: list[dict[str, Any]]) -> str:
    """``text`` with the block between the model-table markers replaced (unchanged if it has no markers)."""
    start, end = text.find(START), text.find(END)
    if start < 0 or end < start:
        return text
    return text[: start + len(START)] + "\n" + models_table(catalog) + "\n" + text[end:]
