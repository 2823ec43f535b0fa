"""Validate requests and responses against the derived Ongoing OpenAPI document.

The document (tests/contract/ongoing-openapi-derived.json, see ATTRIBUTION.md) is loaded
once. Path templates are the document's own, e.g. "/api/v1/orders/{orderId}"; methods are
case-insensitive. Every helper raises AssertionError naming what is wrong, so it reads well
in a pytest failure:

- `validate_response(method, path_template, status, json_body)`: the body matches the
  schema documented for that status (OpenAPI 3.0 rules: `nullable`, formats not checked).
- `validate_request_body(method, path_template, json_body)`: what a client sends.
- `validate_query(method, path_template, query_pairs)`: known parameters only, required
  ones present, scalars once, arrays as repeated keys, integers and booleans well formed.
- `missing_fields(method, path_template, status, json_body)`: the schema properties the
  body leaves out (recursively, as "orderLines[].vat"), for servers that promise to emit
  every documented field; `[]` when complete.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

DOCUMENT_PATH = Path(__file__).parents[1] / "contract" / "ongoing-openapi-derived.json"
URI = "urn:ongoing-openapi"


@cache
def document() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(DOCUMENT_PATH.read_text(encoding="utf-8"))
    return loaded


@cache
def registry() -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(document(), default_specification=DRAFT4)
    loaded: Registry[Any] = Registry().with_resource(URI, resource)
    return loaded


def operation(method: str, path_template: str) -> dict[str, Any]:
    """The document's operation object; fails clearly when the API has no such operation."""
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


def response_schema(method: str, path_template: str, status: int) -> dict[str, Any]:
    responses = operation(method, path_template)["responses"]
    assert str(status) in responses, f"{method} {path_template} never answers {status}"
    schema: dict[str, Any] = responses[str(status)]["content"]["application/json"]["schema"]
    return schema


def validate_response(method: str, path_template: str, status: int, body: Any) -> None:
    _validate(response_schema(method, path_template, status), body)


def missing_fields(method: str, path_template: str, status: int, body: Any) -> list[str]:
    """Documented properties absent from `body` (nulls count as present)."""
    missing: list[str] = []
    _collect_missing(response_schema(method, path_template, status), body, "", missing)
    return sorted(set(missing))


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while True:
        if "$ref" in schema:
            schema = document()["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
        elif len(schema.get("allOf", ())) == 1:
            schema = schema["allOf"][0]
        else:
            return schema


def _collect_missing(schema: dict[str, Any], value: Any, where: str, out: list[str]) -> None:
    schema = _resolve(schema)
    if isinstance(value, list) and schema.get("type") == "array":
        for item in value:
            _collect_missing(schema["items"], item, f"{where}[]", out)
    elif isinstance(value, dict):
        for name, sub in schema.get("properties", {}).items():
            path = f"{where}.{name}" if where else name
            if name not in value:
                out.append(path)
            else:
                _collect_missing(sub, value[name], path, out)


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
