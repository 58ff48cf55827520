#!/usr/bin/env bash
# Checks every Terraform module under deploy/terraform: `terraform fmt -check`, then `terraform init`
# from the machine's local provider mirror (never the network) and `terraform validate` for each
# module whose providers the mirror holds. Installs nothing.
#   TF_PLUGIN_MIRROR   the filesystem mirror (default: the path in mirror.tfrc, /opt/tf-plugins)
#   CI                 when set, a missing terraform or mirror fails instead of skipping
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

missing() { # reason
  if [ -n "${CI:-}" ]; then
    echo "deploy/terraform: $1" >&2
    exit 1
  fi
  echo "deploy/terraform: skipped, $1" >&2
  exit 0
}

command -v terraform >/dev/null 2>&1 || missing "terraform is not installed"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mirror="${TF_PLUGIN_MIRROR:-$(sed -n 's/^ *path *= *"\(.*\)"/\1/p' "$here/mirror.tfrc")}"
[ -d "$mirror" ] || missing "no provider mirror at $mirror"
if [ -n "${TF_PLUGIN_MIRROR:-}" ]; then
  sed "s|path *= *\".*\"|path = \"$mirror\"|" "$here/mirror.tfrc" >"$work/mirror.tfrc"
  export TF_CLI_CONFIG_FILE="$work/mirror.tfrc"
else
  export TF_CLI_CONFIG_FILE="$here/mirror.tfrc"
fi
export TF_IN_AUTOMATION=1 TF_INPUT=0 CHECKPOINT_DISABLE=1
export TF_PLUGIN_CACHE_DIR="$work/plugin-cache"
mkdir -p "$TF_PLUGIN_CACHE_DIR"

echo "deploy/terraform: terraform fmt -check -recursive"
terraform -chdir="$here" fmt -check -recursive -diff -no-color

failed=0
skipped=()
for module in "$here"/*/; do
  module="${module%/}"
  name="${module#"$here"/}"
  ls "$module"/*.tf >/dev/null 2>&1 || continue
  absent=()
  while read -r address; do
    case "$address" in terraform.io/builtin/*) continue ;; esac # built into terraform
    [ -d "$mirror/$address" ] || absent+=("$address")
  done < <(terraform -chdir="$module" providers -no-color 2>/dev/null |
    sed -n 's/.*provider\[\([^]]*\)\].*/\1/p' | sort -u)
  if [ ${#absent[@]} -gt 0 ]; then
    skipped+=("$name (not in the mirror: ${absent[*]})")
    continue
  fi
  export TF_DATA_DIR="$work/$name/.terraform"
  # A reusable module commits no lock file: the one init writes is removed again.
  had_lock=0
  [ -f "$module/.terraform.lock.hcl" ] && had_lock=1
  if terraform -chdir="$module" init -backend=false -input=false -no-color >"$work/$name.init.log" 2>&1; then
    if terraform -chdir="$module" validate -no-color >"$work/$name.validate.log" 2>&1; then
      echo "deploy/terraform: $name is valid"
    else
      cat "$work/$name.validate.log" >&2
      failed=1
    fi
  else
    cat "$work/$name.init.log" >&2
    failed=1
  fi
  [ "$had_lock" = 1 ] || rm -f "$module/.terraform.lock.hcl"
done
for entry in "${skipped[@]}"; do echo "deploy/terraform: not validated: $entry"; done
exit "$failed"
