#!/usr/bin/env python3
"""Rewrites .properties files so that every non-ASCII character is a \\uXXXX escape.

Eclipse NLS reads message files as ISO-8859-1, so Danish letters must be escaped. Write the
Danish text as UTF-8, then run: releng/escape-properties.py FILE...
"""
import sys

for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    escaped = "".join(c if ord(c) < 128 else "\\u%04x" % ord(c) for c in text)
    with open(path, "w", encoding="ascii") as f:
        f.write(escaped)
