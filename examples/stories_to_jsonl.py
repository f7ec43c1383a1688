#!/usr/bin/env python3
"""Story directories -> articles as JSON Lines, the input of `claimdiff claims --format jsonl`.

Each article file of each story directory becomes one line: {"id", "story", "path", "text" or
"html", ...}, with the fields of the story's `story.yaml` entry for it (read with PyYAML when a
story has one). The story key is the directory's name. The paths are written as given, so that a
report from digests names the files as `claimdiff check DIR` does.

    python3 examples/stories_to_jsonl.py fixtures/invented-quotes fixtures/shooting-killeen > articles.jsonl
"""

import json
import os
import sys

# What claimdiff never reads as an article in a story directory (its data files).
NOT_ARTICLES = (".yaml", ".yml", ".json", ".jsonl", ".ndjson", ".sarif", ".csv", ".tsv", ".xml", ".jsonld")


def manifest(story_dir):
    path = os.path.join(story_dir, "story.yaml")
    if not os.path.exists(path):
        return {}
    try:
        import yaml
    except ImportError:
        sys.exit(f"{path}: reading a story.yaml needs PyYAML (pip install pyyaml)")
    with open(path, encoding="utf-8") as f:
        doc = yaml.safe_load(f) or {}
    # Dates stay as written: claimdiff reads them as it reads story.yaml.
    return {str(k): {kk: str(vv) if not isinstance(vv, (str, int, float, list, dict)) else vv
                     for kk, vv in (v or {}).items()}
            for k, v in (doc.get("sources") or {}).items()}


def lines(story_dir):
    story = os.path.basename(os.path.normpath(story_dir))
    entries = manifest(story_dir)
    for name in sorted(os.listdir(story_dir)):
        path = os.path.join(story_dir, name)
        if name.startswith(".") or name.lower().endswith(NOT_ARTICLES) or not os.path.isfile(path):
            continue
        stem = os.path.splitext(name)[0]
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        key = "html" if name.lower().endswith((".html", ".htm")) else "text"
        line = {"id": stem, "story": story, "path": path, key: text}
        line.update(entries.get(stem, {}))
        yield json.dumps(line, ensure_ascii=False)


def main(dirs):
    if not dirs:
        sys.exit(__doc__)
    out = sys.stdout
    for d in dirs:
        for line in lines(d):
            out.write(line + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
