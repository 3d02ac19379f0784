#!/usr/bin/env bash
# Peer for `quellenlage eval html --peer trafilatura`: trafilatura 2.3.1 in a throwaway venv under /tmp
# (made on first use), run over the listed pages with the benchmark's own settings (tests/eval_common.py:
# no comments, tables kept, fallbacks on). Prints one JSON object {"seconds": S, "texts": {file: text|null}}.
# Usage: bench/trafilatura-peer.sh EVALDATA.json PAGES_DIR
set -euo pipefail
VENV="${TRAFILATURA_VENV:-/tmp/quellenlage-trafilatura-venv}"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import trafilatura' 2>/dev/null; then
  python3 -m venv "$VENV" >&2
  # jusText (a trafilatura dependency) needs lxml's html cleaner, which lxml 6 ships separately.
  "$VENV/bin/pip" install --quiet 'trafilatura==2.3.1' 'lxml_html_clean==0.4.7' >&2
fi
exec "$VENV/bin/python" - "$@" <<'PY'
import json, os, sys, time
from trafilatura import extract
evaldata, pages = sys.argv[1], sys.argv[2]
with open(evaldata, encoding="utf-8") as f:
    items = json.load(f)
docs = {}
for item in items.values():
    with open(os.path.join(pages, item["file"]), "rb") as f:
        docs[item["file"]] = f.read()
texts = {}
start = time.perf_counter()
for name, data in docs.items():
    try:
        texts[name] = extract(data, include_comments=False, include_tables=True, include_formatting=False)
    except Exception:
        texts[name] = None
seconds = time.perf_counter() - start
json.dump({"seconds": seconds, "texts": texts}, sys.stdout, ensure_ascii=False)
PY
