#!/usr/bin/env python3
"""Validates a JSON file against a JSON Schema (draft 2020-12); prints each error and exits 1 if any."""
import json
import sys

import jsonschema


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: validate-json-schema.py SCHEMA INSTANCE", file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as file:
        schema = json.load(file)
    with open(sys.argv[2], encoding="utf-8") as file:
        instance = json.load(file)
    validator = jsonschema.Draft202012Validator(schema)
    validator.check_schema(schema)
    errors = sorted(validator.iter_errors(instance), key=lambda error: list(error.absolute_path))
    for error in errors:
        location = "/".join(str(part) for part in error.absolute_path) or "(root)"
        print(f"{sys.argv[2]}: {location}: {error.message}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
