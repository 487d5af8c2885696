#!/usr/bin/env python3
"""Lists every element and attribute of HTML files as a browser's tokenizer reads them, as JSON:
[{"file": ..., "tag": ..., "attributes": {...}}, ...]. Used by the tests to prove no script survives."""
import json
import sys
from html.parser import HTMLParser


class Collector(HTMLParser):
    def __init__(self, file):
        super().__init__(convert_charrefs=True)
        self.file = file
        self.elements = []

    def handle_starttag(self, tag, attrs):
        self.elements.append({"file": self.file, "tag": tag, "attributes": {k: (v or "") for k, v in attrs}})

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)


def main() -> int:
    elements = []
    for path in sys.argv[1:]:
        collector = Collector(path)
        with open(path, encoding="utf-8") as file:
            collector.feed(file.read())
        collector.close()
        elements += collector.elements
    json.dump(elements, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
