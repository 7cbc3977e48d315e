#!/bin/bash
# Every eval of `make eval`, row by row: scripts/dev_rows/run.sh REPO OUT [SHARED] [BIN]
# REPO's code (PYTHONPATH) with BIN's installed packages; rows pooled into OUT/rows.jsonl (pool.py),
# compared between two runs with diff.py. ~10 min on 2 quiet cores.
set -u
REPO=$(cd "$1" && pwd); OUT=$(mkdir -p "$2" && cd "$2" && pwd); SHARED=${3:-$REPO/../shared}; BIN=${4:-$REPO/.venv/bin}
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$OUT/sets"; rm -f "$OUT"/sets/*
cd "$REPO"
# a stamp newer than REPO's pyproject.toml: with the venv's own stamp, a worktree's newer
# pyproject.toml made `make` reinstall BIN's editable package pointing at the worktree
touch "$OUT/.stamp"
PYTHONPATH=$REPO REC_DIR=$OUT/sets make eval SHARED="$SHARED" EVAL_DATA="$OUT/lib" BIN="$BIN" \
  STAMP="$OUT/.stamp" EVAL_RUN="$HERE/rec.sh" > "$OUT/make.log" 2>&1
echo "make rc $?" >> "$OUT/make.log"
"$BIN/python" "$HERE/pool.py" "$OUT"
# the floors `make eval` would apply, checked on the recorded rows (rec.sh itself never fails)
PYTHONPATH=$REPO "$BIN/python" "$HERE/floors.py" "$OUT" > "$OUT/floors.txt"; tail -1 "$OUT/floors.txt"
