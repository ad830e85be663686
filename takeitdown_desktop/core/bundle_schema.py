"""The JSON Schema of a hash bundle, in code, from the limits the validator enforces.

``docs/api/bundle.schema.json`` publishes it as the standalone schema of the export
file (a test keeps the two equal), and the case API's OpenAPI document carries it under
``components`` so that a client needs nothing else to use the API.

Two rules no JSON Schema can state are in the descriptions and enforced by
``validate_bundle``: a file appears once per bundle (by sha256), and frame indexes
increase within a list of frames.
"""

from __future__ import annotations

from typing import Any, Final

from takeitdown_desktop.core.bundle import BUNDLE_VERSION, MAX_FRAME_INDEX, MAX_FRAMES_PER_ITEM, MAX_ITEMS, PROGRAMS

#: Timestamps are seconds below this (``validate_bundle`` checks ``0 <= ts < 1e7``).
MAX_TIMESTAMP: Final = 10_000_000

BUNDLE_SCHEMA: Final[dict[str, Any]] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "bundle.schema.json",
    "title": f"Take It Down hash bundle, version {BUNDLE_VERSION}",
    "description": (
        "Fingerprints of photos and videos, and nothing else: no file names, paths, sizes, dates, EXIF, "
        "or anything about the person or device. Items are sorted by sha256, and each file appears once "
        "(no two items have the same sha256). Sent as canonical JSON (sorted keys, no spaces, ASCII)."
    ),
    "type": "object",
    "additionalProperties": False,
    "required": ["bundle_version", "program", "items"],
    "properties": {
        "bundle_version": {
            "const": BUNDLE_VERSION,
            "description": f"the integer {BUNDLE_VERSION}, written without a fraction (1.0 and true are refused)",
        },
        "program": {
            "enum": list(PROGRAMS),
            "description": "under18: pictures taken before the person was 18; adult: pictures of adults",
        },
        "items": {
            "type": "array",
            "minItems": 1,
            "maxItems": MAX_ITEMS,
            "items": {"$ref": "#/$defs/item"},
            "description": "one item per file, sorted by sha256; no sha256 twice",
        },
    },
    "$defs": {
        "hex16": {"type": "string", "pattern": "^[0-9a-f]{16}$"},
        "hex32": {"type": "string", "pattern": "^[0-9a-f]{32}$"},
        "hex64": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        "quality": {"type": "integer", "minimum": 0, "maximum": 100},
        "pdq": {
            "type": "object",
            "additionalProperties": False,
            "required": ["hash", "quality"],
            "properties": {"hash": {"$ref": "#/$defs/hex64"}, "quality": {"$ref": "#/$defs/quality"}},
            "description": "Meta's PDQ hash (256 bits, 64 hex digits) and its quality 0-100",
        },
        "frame": {
            "type": "object",
            "additionalProperties": False,
            "required": ["frame", "timestamp", "hash", "quality"],
            "properties": {
                "frame": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": MAX_FRAME_INDEX,
                    "description": "0-based frame index in decode order, as vPDQ numbers frames",
                },
                "timestamp": {
                    "type": "number",
                    "minimum": 0,
                    "exclusiveMaximum": MAX_TIMESTAMP,
                    "description": "frame / fps, seconds, 3 decimals",
                },
                "hash": {"$ref": "#/$defs/hex64"},
                "quality": {"$ref": "#/$defs/quality"},
            },
        },
        "frames": {
            "type": "array",
            "minItems": 1,
            "maxItems": MAX_FRAMES_PER_ITEM,
            "items": {"$ref": "#/$defs/frame"},
            "description": "vPDQ frame hashes in decode order: each frame index greater than the one before",
        },
        "item": {
            "oneOf": [
                {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["kind", "md5", "sha256", "pdq", "pdq_oriented", "phash"],
                    "properties": {
                        "kind": {"const": "image"},
                        "md5": {"$ref": "#/$defs/hex32"},
                        "sha256": {"$ref": "#/$defs/hex64"},
                        "pdq": {"$ref": "#/$defs/pdq"},
                        "pdq_oriented": {
                            "oneOf": [{"type": "null"}, {"$ref": "#/$defs/pdq"}],
                            "description": "PDQ of the picture as displayed, when EXIF says it is stored rotated",
                        },
                        "phash": {"$ref": "#/$defs/hex16"},
                        "frames": {"$ref": "#/$defs/frames", "description": "animated images: vPDQ frame hashes, one a second"},
                    },
                },
                {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["kind", "md5", "sha256", "frames", "frames_oriented"],
                    "properties": {
                        "kind": {"const": "video"},
                        "md5": {"$ref": "#/$defs/hex32"},
                        "sha256": {"$ref": "#/$defs/hex64"},
                        "frames": {"$ref": "#/$defs/frames"},
                        "frames_oriented": {
                            "oneOf": [{"type": "null"}, {"$ref": "#/$defs/frames"}],
                            "description": "frames as displayed, when the video is stored rotated",
                        },
                    },
                },
            ]
        },
    },
}
