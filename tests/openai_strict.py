"""A checker of OpenAI's rules for strict structured outputs (a test helper).

The rules, from OpenAI's structured-outputs documentation: the root is an object (not
`anyOf`); every object lists all its properties in `required` and sets
`additionalProperties: false`; only supported keywords appear (no `default`, no string
length, no `uniqueItems`, no `patternProperties`, ...); nesting at most 10 levels deep;
`$ref` only to local `$defs`.
"""

from __future__ import annotations

from typing import Any

SUPPORTED = {
    "type", "properties", "required", "additionalProperties", "items", "enum", "const",
    "description", "title", "$defs", "$ref", "anyOf", "pattern", "format", "minimum",
    "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minItems", "maxItems",
}
MAX_DEPTH = 10


def strict_violations(schema: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    if schema.get("type") != "object" or "anyOf" in schema:
        problems.append("root: must be an object, not anyOf")
    _walk(schema, "root", 0, problems, schema.get("$defs", {}))
    return problems


def _walk(node: Any, where: str, depth: int, problems: list[str], defs: dict[str, Any]) -> None:
    if not isinstance(node, dict):
        return
    if depth > MAX_DEPTH:
        problems.append(f"{where}: nested deeper than {MAX_DEPTH}")
        return
    for key in node:
        if key not in SUPPORTED:
            problems.append(f"{where}: unsupported keyword {key!r}")
    if "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/$defs/") or ref.split("/")[-1] not in defs:
            problems.append(f"{where}: $ref {ref!r} is not a local definition")
    if node.get("type") == "object" or "properties" in node:
        properties = node.get("properties", {})
        if node.get("additionalProperties") is not False:
            problems.append(f"{where}: additionalProperties must be false")
        if set(node.get("required", [])) != set(properties):
            problems.append(f"{where}: every property must be required")
        for name, child in properties.items():
            _walk(child, f"{where}.{name}", depth + 1, problems, defs)
    if "items" in node:
        _walk(node["items"], f"{where}[]", depth + 1, problems, defs)
    for index, option in enumerate(node.get("anyOf", [])):
        _walk(option, f"{where}|{index}", depth + 1, problems, defs)
    for name, child in node.get("$defs", {}).items():
        _walk(child, f"$defs.{name}", depth, problems, defs)
