"""The OpenAPI document of the case API, complete in itself and generated from the code.

FastAPI derives the paths, models and answers from the routes; this adds what it cannot
know: the bundle's JSON Schema under ``components`` (so that the served document needs
no other file), the platforms' bearer token as a security scheme, and the error bodies
for request validation that this API gives instead of FastAPI's own.
"""

from __future__ import annotations

import copy
import json
from typing import Any, Final

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from takeitdown_desktop.core.bundle_schema import BUNDLE_SCHEMA
from takeitdown_desktop.server.models import PinBody

#: Where the bundle schema and its parts live in the document.
BUNDLE_REF: Final = "#/components/schemas/Bundle"
PLATFORM_TOKEN: Final = "platformToken"


def _component_name(definition: str) -> str:
    return "Bundle" + definition[:1].upper() + definition[1:]


def bundle_components() -> dict[str, Any]:
    """The bundle schema as OpenAPI components: its ``$defs`` become components of their
    own, since a ``#/$defs/...`` reference would resolve against the whole document."""

    def rewrite(value: Any) -> Any:
        if isinstance(value, dict):
            out = {k: rewrite(v) for k, v in value.items()}
            ref = out.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                out["$ref"] = "#/components/schemas/" + _component_name(ref[len("#/$defs/") :])
            return out
        if isinstance(value, list):
            return [rewrite(v) for v in value]
        return value

    schema = copy.deepcopy(BUNDLE_SCHEMA)
    definitions = schema.pop("$defs")
    for key in ("$schema", "$id"):
        schema.pop(key)
    components = {"Bundle": rewrite(schema)}
    components.update({_component_name(name): rewrite(part) for name, part in definitions.items()})
    return components


def build_document(app: FastAPI) -> dict[str, Any]:
    document = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    schemas.update(bundle_components())
    # Read by the routes from the raw body (see routes._pin), so FastAPI does not see it.
    schemas["PinBody"] = PinBody.model_json_schema()
    document["components"]["securitySchemes"] = {
        PLATFORM_TOKEN: {
            "type": "http",
            "scheme": "bearer",
            "description": "A platform's feed token, from `takeitdown-case-server platform-token NAME`",
        }
    }
    # FastAPI documents its own validation error body for 422; this API answers every
    # error, 422 included, with ErrorBody (see errors.install_handlers).
    # Every route declares its 422 itself, so FastAPI's schemas are left unused.
    paths = json.dumps(document["paths"])
    for name in ("HTTPValidationError", "ValidationError"):
        if f'"#/components/schemas/{name}"' not in paths:
            schemas.pop(name, None)
    return document


def install(app: FastAPI) -> None:
    """Serve :func:`build_document` at /openapi.json (built once)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = build_document(app)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
