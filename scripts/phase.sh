# Sourced by the test scripts (which run under `set -e`): `phase NAME COMMAND...` runs one step
# and says how long it took; a failing step stops the run, and the exit trap names it.
# `phase_summary` lists every step's time.
PHASES=()
PHASE=""
PHASE_START=0

phase() {
    PHASE=$1
    PHASE_START=$SECONDS
    shift
    echo "==> $PHASE"
    "$@"
    local took=$((SECONDS - PHASE_START))
    echo "==> $PHASE: ${took}s"
    PHASES+=("$(printf '%5ds  %s' "$took" "$PHASE")")
    PHASE=""
}

phase_summary() {
    echo "==> time per phase (total ${SECONDS}s)"
    printf '%s\n' "${PHASES[@]}"
}

phase_failed() {
    local rc=$?
    if [ "$rc" -ne 0 ] && [ -n "$PHASE" ]; then
        echo "==> $PHASE FAILED (exit $rc) after $((SECONDS - PHASE_START))s"
    fi
}
trap phase_failed EXIT
