"""The JSON Schema files in `schemas/`, generated from the pydantic models.

They are artifacts for people and other tools (validate a briefing without Python, see
what the model is asked to fill). They are generated, never edited: `summariser schemas`
writes them and `summariser schemas --check` (run by the tests) fails when they are stale.
"""

from __future__ import annotations

import functools
import hashlib
import json
from importlib import resources
from pathlib import Path
from typing import Any

from .models import DRAFTS, Briefing, Extraction, ExtractedClaims


def model_facing_schemas() -> dict[str, dict[str, Any]]:
    """What the model is asked to fill: one schema per category, and all in one."""
    schemas = {category: model.model_json_schema() for category, model in DRAFTS.items()}
    schemas["all"] = Extraction.model_json_schema()
    return schemas


# Schemas only one method asks for. Its recordings' names cover them too; the shared
# fingerprint does not, so changing them asks for new recordings of that method alone.
def method_schemas() -> dict[str, dict[str, dict[str, Any]]]:
    return {"extract": {"extract": ExtractedClaims.model_json_schema()}}


def schema_documents() -> dict[str, dict[str, Any]]:
    documents = {"briefing.schema.json": Briefing.model_json_schema(mode="serialization")}
    for category, schema in model_facing_schemas().items():
        documents[f"extraction.{category}.schema.json"] = schema
    for own in method_schemas().values():
        for name, schema in own.items():
            documents[f"extraction.{name}.schema.json"] = schema
    return documents


def render(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


@functools.lru_cache(maxsize=8)
def schema_fingerprint(method: str | None = None) -> str:
    """Short hash of the model-facing schemas (the shared ones and `method`'s own): part
    of every recording's name. The schemas are fixed for the process's life, and building
    them takes tens of milliseconds: computed once per method."""
    schemas = {**model_facing_schemas(), **method_schemas().get(method or "", {})}
    text = "".join(render(s) for _, s in sorted(schemas.items()))
    return hashlib.sha256(text.encode()).hexdigest()[:8]


def schemas_dir() -> Path:
    packaged = Path(str(resources.files("summariser"))) / "schemas"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "schemas"


def stale_files(folder: Path | None = None) -> list[str]:
    folder = folder or schemas_dir()
    stale = []
    for name, document in schema_documents().items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != render(document):
            stale.append(name)
    return stale


def write_schemas(folder: Path | None = None) -> list[Path]:
    folder = folder or schemas_dir()
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, document in schema_documents().items():
        path = folder / name
        path.write_text(render(document), encoding="utf-8")
        written.append(path)
    return written
