#!/usr/bin/env bash
# Restores a backup made by backup.sh into the database DB_URL names (created if missing). Refuses a database that
# already holds tables unless --replace is given: a restore never silently overwrites live data.
#
#   DB_URL=jdbc:mariadb://127.0.0.1:3306/disclosure_desk DB_USER=root DB_PASSWORD=… scripts/restore.sh backup.sql.gz
set -euo pipefail
in="${1:?usage: restore.sh <file.sql.gz> [--replace]}"
replace="${2:-}"
source "$(dirname "$0")/db-env.sh"
client="$(command -v mariadb || command -v mysql)"
tables=$("$client" "${DB_ARGS[@]}" -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'")
if [ "$tables" != "0" ] && [ "$replace" != "--replace" ]; then
  echo "database $DB_NAME already holds $tables tables; restore into an empty database, or pass --replace" >&2
  exit 2
fi
"$client" "${DB_ARGS[@]}" -e "DROP DATABASE IF EXISTS \`$DB_NAME\`; CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
# the dump names its own database: restore it under the name DB_URL gives
gunzip -c "$in" | sed -E '/^(CREATE DATABASE|USE) /d' | "$client" "${DB_ARGS[@]}" --default-character-set=utf8mb4 "$DB_NAME"
echo "restored $in into $DB_NAME"
