#!/usr/bin/env bash
# What `docker build` + `docker compose up` would check, on a machine without a container engine:
# assembles the Dockerfile's runtime layout from the committed tree (package.json, lock, bin/,
# dist/, web/dist/ and production dependencies only), runs it as the image's non-root user
# (uid 10001) with the compose file's settings (serve --no-worker + worker, PostgreSQL, Redis),
# waits for /readyz, then submits a scan over the API to a moto server and waits for it to succeed.
#
#   deploy/verify-image-layout.sh [COMMIT]      (default HEAD)
#
# Needs: node, npm, git, psql/createdb on 127.0.0.1:5432 (trust), redis on 127.0.0.1:6379,
# python3 with moto[server], setpriv. The build stage's `npm ci` is replaced by a copy of this
# checkout's node_modules (same lock file), so nothing is downloaded.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
commit="${1:-HEAD}"
work="$(mktemp -d /tmp/cdz-image.XXXXXX)"
pids=()
db="cdz_image_$$"
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  dropdb -h 127.0.0.1 -U postgres --if-exists "$db" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
step() { printf '\n== %s\n' "$*"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_http() { # url, seconds
  for _ in $(seq 1 "$2"); do curl -fsS "$1" >/dev/null 2>&1 && return 0; sleep 1; done
  echo "no answer from $1" >&2
  return 1
}

step "build stage: the committed sources of $commit, dependencies, npm run build"
mkdir -p "$work/build"
git -C "$repo" archive "$commit" package.json package-lock.json tsconfig.json tsconfig.build.json bin scripts/build.mjs src web |
  tar -x -C "$work/build"
cp -a "$repo/node_modules" "$work/build/node_modules"
(cd "$work/build" && npm run build --silent >"$work/build.log" 2>&1) || {
  tail -30 "$work/build.log"
  exit 1
}

step "prod-deps stage: npm prune --omit=dev"
(cd "$work/build" && npm prune --omit=dev --no-audit --no-fund >/dev/null)

step "runtime stage: only what the Dockerfile copies, owned by root, run as uid 10001"
app="$work/app"
mkdir -p "$app/web" "$work/data-api" "$work/data-worker"
cp -a "$work/build/package.json" "$work/build/package-lock.json" "$work/build/node_modules" \
  "$work/build/bin" "$work/build/dist" "$app/"
cp -a "$work/build/web/dist" "$app/web/dist"
rm -rf "$work/build"
chmod 755 "$work"
chown 10001:10001 "$work/data-api" "$work/data-worker"
du -sh "$app" | sed 's/^/runtime size: /'

step "services: PostgreSQL database $db, Redis, moto"
createdb -h 127.0.0.1 -U postgres "$db"
redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null
moto_port="$(free_port)"
python3 -m moto.server -H 127.0.0.1 -p "$moto_port" >"$work/moto.log" 2>&1 &
pids+=($!)
wait_http "http://127.0.0.1:$moto_port/moto-api/" 30

api_port="$(free_port)"
key="cdz_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
common=(
  env -i PATH="$PATH" HOME=/nonexistent NODE_ENV=production HOST=127.0.0.1
  DATABASE_URL="postgres://postgres@127.0.0.1:5432/$db"
  REDIS_URL=redis://127.0.0.1:6379
  CLOUDDIAGNOZE_QUEUE_NAME="cdz-image-$$"
  CLOUDDIAGNOZE_SECRET_KEY="$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true
  AWS_ENDPOINT_URL="http://127.0.0.1:$moto_port" AWS_REGION=us-east-1
  AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
  LOG_LEVEL=warn
)
as_image_user=(setpriv --reuid=10001 --regid=10001 --clear-groups --)

step "migrate, then api (serve --no-worker) and worker, as in deploy/compose.yaml"
(cd "$app" && "${as_image_user[@]}" "${common[@]}" CLOUDDIAGNOZE_DATA_DIR="$work/data-api" \
  node bin/clouddiagnoze.js migrate)
(cd "$app" && exec "${as_image_user[@]}" "${common[@]}" CLOUDDIAGNOZE_DATA_DIR="$work/data-api" \
  PORT="$api_port" CLOUDDIAGNOZE_API_KEYS="$key:*" node bin/clouddiagnoze.js serve --no-worker \
  >"$work/api.log" 2>&1) &
pids+=($!)
(cd "$app" && exec "${as_image_user[@]}" "${common[@]}" CLOUDDIAGNOZE_DATA_DIR="$work/data-worker" \
  node bin/clouddiagnoze.js worker >"$work/worker.log" 2>&1) &
pids+=($!)
api="http://127.0.0.1:$api_port"
wait_http "$api/healthz" 60 || { cat "$work/api.log"; exit 1; }
wait_http "$api/readyz" 30 || { cat "$work/api.log"; exit 1; }
echo "healthz: $(curl -fsS "$api/healthz")"
echo "readyz:  $(curl -fsS "$api/readyz")"
if grep -q "$key" "$work/api.log"; then
  echo "the API key appears in the API's log" >&2
  exit 1
fi

step "a scan submitted to the API runs on the worker"
scan_id="$(curl -fsS -X POST "$api/api/v1/scans" -H "Authorization: Bearer $key" \
  -H 'content-type: application/json' \
  -d '{"provider":"aws","services":["vpc"],"regions":["us-east-1"],"client_id":"IMAGE","auth_mode":{"type":"default"}}' |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).scan_id))')"
status=""
for _ in $(seq 1 90); do
  status="$(curl -fsS "$api/api/v1/scans/$scan_id" -H "Authorization: Bearer $key" |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).status))')"
  case "$status" in SUCCEEDED | PARTIAL | FAILED | CANCELLED) break ;; esac
  sleep 1
done
events="$(curl -fsS "$api/api/v1/events?scan_id=$scan_id&limit=1000" -H "Authorization: Bearer $key" |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const b=JSON.parse(s);console.log((b.events??b.items??b.data??[]).length)})')"
echo "scan $scan_id: $status, $events events"
if [ "$status" != SUCCEEDED ] || [ "$events" -eq 0 ]; then
  tail -20 "$work/worker.log"
  exit 1
fi
echo "ok: the runtime layout builds, runs as uid 10001 and scans"
