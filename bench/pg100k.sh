#!/usr/bin/env bash
# The large-store measurement: N generated documents (default 100,000; bench/corpus-gen.ts, 200 stories) ingested
# into an empty database, then the read commands' latency as a user sees it (the CLI, start included), median
# of 5 runs after one warm-up. Usage (after npm run build):
#   bench/pg100k.sh postgres://user@host:port/db [N]     (or a SQLite file path)
# Environment: CORPUS (the JSONL file; generated when missing, reused when present), THREADS (default 2),
# SKIP_INGEST=1 (measure an existing store only). Prints the ingest's time and peak memory, then the medians.
set -euo pipefail
DB="${1:?usage: bench/pg100k.sh DB [N]}"
N="${2:-100000}"
CORPUS="${CORPUS:-/tmp/ql-bench-$N.jsonl}"
THREADS="${THREADS:-2}"
cd "$(dirname "$0")/.."
CLI=(node dist/src/cli/main.js)
if [ "${SKIP_INGEST:-0}" != 1 ]; then
  if [ ! -s "$CORPUS" ]; then
    node --input-type=module -e "
      import { generateDocs, writeJsonl, DEFAULT_SEED } from './dist/bench/corpus-gen.js';
      console.log('generated', writeJsonl(process.argv[1], generateDocs(Number(process.argv[2]), { seed: DEFAULT_SEED, stories: 200 })), 'documents');
    " "$CORPUS" "$N"
  fi
  echo "ingest of $CORPUS into $DB ($THREADS threads), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  LOG=$(mktemp)
  /usr/bin/time -v "${CLI[@]}" ingest --db "$DB" --threads "$THREADS" "$CORPUS" 2>"$LOG" || { cat "$LOG" >&2; exit 1; }
  grep -E "documents in|stories:" "$LOG" || true
  grep -E "Elapsed \(wall|Maximum resident" "$LOG" | sed 's/^\s*/  /'
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  rm -f "$LOG"
fi
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
for q in "ledger --topic evacuate" "search evakuiert" "sources" "stories" "ledger"; do
  read -r -a args <<<"$q"
  "${CLI[@]}" "${args[@]}" --db "$DB" >/dev/null # warm-up
  echo "$q: median $(for _ in 1 2 3 4 5; do ms "${CLI[@]}" "${args[@]}" --db "$DB"; done | median) ms"
done
echo "CLI floor (--version): median $(for _ in 1 2 3 4 5; do ms "${CLI[@]}" --version; done | median) ms"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
