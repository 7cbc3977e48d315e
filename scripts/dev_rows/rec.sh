#!/bin/bash
# EVAL_RUN stand-in for `make eval`: runs one `reportqa eval` with --json into $REC_DIR, never fails
key=$(echo "$REPORTQA_DATA_DIR $*" | md5sum | cut -c1-10)
"$@" --json > "$REC_DIR/$key.json" 2> "$REC_DIR/$key.err"
echo "$REPORTQA_DATA_DIR $*" > "$REC_DIR/$key.cmd"
echo "rec $key $(basename "$REPORTQA_DATA_DIR") $3" >&2
exit 0
