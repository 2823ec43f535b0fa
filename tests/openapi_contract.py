"""Validate requests and responses against the derived Ongoing OpenAPI document.

The document (tests/contract/ongoing-openapi-derived.json, see ATTRIBUTION.md) is loaded
once. Path templates are the document's own, e.g. "/api/v1/orders/{orderId}".
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

DOCUMENT_PATH = Path(__file__).parent / "contract" / "ongoing-openapi-derived.json"
URI = "urn:ongoing-openapi"


@cache
def document() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(DOCUMENT_PATH.read_text(encoding="utf-8"))
    return loaded


@cache
def registry() -> Registry:  # type: ignore[type-arg]
    resource = Resource.from_contents(document(), default_specification=DRAFT4)
    return Registry().with_resource(URI, resource)


def operation(method: str, path_template: str) -> dict[str, Any]:
    paths = document()["paths"]
    assert path_template in paths, f"{path_template} is not in the Ongoing API"
    assert method.lower() in paths[path_template], f"{method} {path_template} is not in the API"
    found: dict[str, Any] = paths[path_template][method.lower()]
    return found


def _validate(schema: dict[str, Any], instance: Any) -> None:
    validator = OAS30Validator(_absolute(schema), registry=registry())
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    assert not errors, "; ".join(
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message[:200]}" for e in errors[:5]
    )


def _absolute(schema: Any) -> Any:
    """Point local refs at the registered document, so nested refs resolve inside it."""
    if isinstance(schema, dict):
        return {
            key: (f"{URI}{value}" if key == "$ref" and value.startswith("#") else _absolute(value))
            for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [_absolute(item) for item in schema]
    return schema


def validate_response(method: str, path_template: str, status: int, body: Any) -> None:
    responses = operation(method, path_template)["responses"]
    assert str(status) in responses, f"{method} {path_template} never answers {status}"
    schema = responses[str(status)]["content"]["application/json"]["schema"]
    _validate(schema, body)


def validate_request_body(method: str, path_template: str, body: Any) -> None:
    schema = operation(method, path_template)["requestBody"]["content"]["application/json"][
        "schema"
    ]
    _validate(schema, body)


def validate_query(method: str, path_template: str, query: list[tuple[str, str]]) -> None:
    """Known parameters only, required ones present, scalars once, arrays as repeated keys."""
    parameters = {
        p["name"]: p
        for p in operation(method, path_template).get("parameters", [])
        if p["in"] == "query"
    }
    keys = [key for key, _ in query]
    unknown = set(keys) - set(parameters)
    assert not unknown, f"{method} {path_template}: unknown query parameters {sorted(unknown)}"
    for name, parameter in parameters.items():
        if parameter.get("required"):
            assert name in keys, f"{method} {path_template}: {name} is required"
    for key, value in query:
        schema = parameters[key]["schema"]
        if schema.get("type") != "array":
            assert keys.count(key) == 1, (
                f"{key} is not an array but was sent {keys.count(key)} times"
            )
        else:
            schema = schema["items"]
        kind = schema.get("type")
        if kind == "integer":
            int(value)
        elif kind == "boolean":
            assert value in ("true", "false"), f"{key}={value} is not a boolean"
