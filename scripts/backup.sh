#!/usr/bin/env bash
# Consistent backup of the Disclosure Desk database while the application keeps writing: one InnoDB snapshot
# (--single-transaction), no table locks. Writes a gzip'd SQL dump.
#
#   DB_URL=jdbc:mariadb://127.0.0.1:3306/disclosure_desk DB_USER=root DB_PASSWORD=… scripts/backup.sh backup.sql.gz
#
# The same DB_URL, DB_USER and DB_PASSWORD as the application (docs/deployment notes in the README).
set -euo pipefail
out="${1:?usage: backup.sh <file.sql.gz>}"
source "$(dirname "$0")/db-env.sh"
dump="$(command -v mariadb-dump || command -v mysqldump)"
"$dump" "${DB_ARGS[@]}" --single-transaction --quick --routines --triggers --events --hex-blob \
    --default-character-set=utf8mb4 --databases "$DB_NAME" | gzip -c > "$out.partial"
mv "$out.partial" "$out"
echo "backup of $DB_NAME written to $out ($(stat -c %s "$out") bytes)"
