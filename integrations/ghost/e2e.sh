#!/usr/bin/env bash
# End-to-end run of misinfo-scorer's Ghost webhook against a real Ghost 5.x (SQLite), on loopback.
#
#   integrations/ghost/e2e.sh [WORKDIR]
#
# Installs Ghost (once per WORKDIR: about 10 minutes, sqlite3 and re2 compile from source), starts it,
# sets the site up through the Admin API, creates a custom integration with webhooks whose secret we
# choose, starts `misinfo-scorer serve` with that secret, and then checks (see e2e.py):
#   1. publish -> Ghost's webhook -> 202 -> the post's result is stored (GET /v1/results/<post id>);
#   2. a webhook with the wrong secret -> 401, nothing stored, Ghost records the failure;
#   3. the service killed (-9) 0.3 s after answering 202 -> after a restart the post is scored anyway;
#   4. the review page of a live post says it is already live.
# Needs: node 18/20/22 with npm (Debian's nodejs 20 works; Ghost 6 needs 22+), python3, curl, and
# misinfo-scorer installed with its service extra (the `misinfo-scorer` command on PATH).
# Not run in CI (the install alone takes ~10 minutes); run it before a release or after touching
# scorer/service/hooks/ghost.py or the delivery store. Exit status 0 when every check passed.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
GHOST_VERSION="${GHOST_VERSION:-5.130.6}"
WORK="${1:-${TMPDIR:-/tmp}/misinfo-scorer-ghost-e2e}"
GHOST_PORT="${GHOST_PORT:-2368}"
SCORER_PORT="${SCORER_PORT:-8765}"
mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"
GHOST_DIR="$WORK/ghost-$GHOST_VERSION"

log() { printf '[ghost-e2e] %s\n' "$*" >&2; }

command -v misinfo-scorer >/dev/null || { log "misinfo-scorer is not on PATH (activate its venv)"; exit 2; }
command -v npm >/dev/null || { log "npm is not installed"; exit 2; }

# -- install (once) ------------------------------------------------------------------------------
# `npm install ghost` as a dependency loops on a workspace tarball, and Ghost's yarn.lock fetches
# from GitHub; the published package with its devDependencies removed installs cleanly.
if [ ! -f "$GHOST_DIR/.installed" ]; then
  log "installing Ghost $GHOST_VERSION into $GHOST_DIR (about 10 minutes)"
  rm -rf "$GHOST_DIR" "$WORK/pack"
  mkdir -p "$WORK/pack"
  (cd "$WORK/pack" && npm pack --silent "ghost@$GHOST_VERSION" >/dev/null)
  tar -xzf "$WORK"/pack/ghost-"$GHOST_VERSION".tgz -C "$WORK/pack"
  mv "$WORK/pack/package" "$GHOST_DIR"
  node -e '
    const fs = require("fs"); const f = process.argv[1];
    const p = JSON.parse(fs.readFileSync(f)); delete p.devDependencies;
    fs.writeFileSync(f, JSON.stringify(p, null, 2));' "$GHOST_DIR/package.json"
  (cd "$GHOST_DIR" && npm install --omit=dev --legacy-peer-deps --no-audit --no-fund --loglevel=error)
  touch "$GHOST_DIR/.installed"
fi

# -- configure and start Ghost on a fresh database -------------------------------------------------
RUN="$WORK/run"
rm -rf "$RUN"
mkdir -p "$RUN/content"
cp -r "$GHOST_DIR/content/." "$RUN/content/"
cat > "$GHOST_DIR/config.development.json" <<JSON
{
  "url": "http://127.0.0.1:$GHOST_PORT",
  "server": {"host": "127.0.0.1", "port": $GHOST_PORT},
  "database": {"client": "sqlite3", "connection": {"filename": "$RUN/ghost.db"}, "useNullAsDefault": true},
  "paths": {"contentPath": "$RUN/content"},
  "mail": {"transport": "Direct"},
  "logging": {"transports": ["file"], "path": "$RUN", "level": "info"},
  "privacy": {"useUpdateCheck": false, "useGravatar": false, "useRpcPing": false, "useStructuredData": false},
  "security": {"staffDeviceVerification": false}
}
JSON

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$RUN/scorer.pid" ] && kill "$(cat "$RUN/scorer.pid")" 2>/dev/null || true
}
trap cleanup EXIT

log "starting Ghost on 127.0.0.1:$GHOST_PORT (log: $RUN/ghost.out)"
(cd "$GHOST_DIR" && NODE_ENV=development exec node index.js >"$RUN/ghost.out" 2>&1) &
PIDS+=($!)

# -- the checks ------------------------------------------------------------------------------------
python3 "$HERE/e2e.py" --ghost "http://127.0.0.1:$GHOST_PORT" --scorer-port "$SCORER_PORT" \
  --run-dir "$RUN" --ghost-db "$RUN/ghost.db"
