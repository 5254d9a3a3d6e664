#!/usr/bin/env bash
# Reconciliation of completed sessions (charging-service's and billing's), invoices, debts, payment-service's
# charges and Stripe's objects.
# Asks billing-service's internal admin endpoint and prints every mismatch as a table.
#
#   deploy/ops/reconcile.sh [--from ISO] [--until ISO] [--user UUID] [--no-stripe] [--json]
#
# Defaults: the 24 h ending 5 min ago (billing-service's connect.reconciliation.* settings).
# Environment: BILLING_URL (http://127.0.0.1:8085), CONNECT_INTERNAL_TOKEN (local-internal-token).
# Exit status: 0 consistent, 1 mismatches found, 2 the report could not be obtained.
set -euo pipefail

BILLING_URL=${BILLING_URL:-http://127.0.0.1:8085}
TOKEN=${CONNECT_INTERNAL_TOKEN:-local-internal-token}
query=()
raw=false
while [ $# -gt 0 ]; do
  case "$1" in
    --from) query+=(--data-urlencode "from=$2"); shift 2 ;;
    --until) query+=(--data-urlencode "until=$2"); shift 2 ;;
    --user) query+=(--data-urlencode "user_id=$2"); shift 2 ;;
    --no-stripe) query+=(--data-urlencode "stripe=false"); shift ;;
    --json) raw=true; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

body=$(mktemp)
trap 'rm -f "$body"' EXIT
status=$(curl -sS -G -o "$body" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
  "${query[@]}" "$BILLING_URL/internal/v1/reconciliation") || { echo "billing-service not reachable at $BILLING_URL" >&2; exit 2; }
if [ "$status" != 200 ]; then
  echo "billing-service answered $status: $(cat "$body")" >&2
  exit 2
fi
if $raw; then
  cat "$body"; echo
else
  jq -r '"window \(.from) .. \(.until)\(if .user_id then " user \(.user_id)" else "" end), stripe checked: \(.stripe_checked), charging-service asked: \(.charging_checked), sessions: \(.sessions_checked), mismatches: \(.mismatch_count)"' "$body"
  jq -r '.notes[] | "note: \(.)"' "$body"
  if [ "$(jq '.mismatch_count' "$body")" -gt 0 ]; then
    { echo -e "KIND\tSESSION\tINVOICE\tDETAIL"
      jq -r '.mismatches[] | [.kind, .session_id, (.invoice_id // "-"), .detail] | @tsv' "$body"
    } | column -t -s $'\t'
  fi
fi
[ "$(jq '.mismatch_count' "$body")" -eq 0 ]
