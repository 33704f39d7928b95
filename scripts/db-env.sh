# Sourced by backup.sh and restore.sh: host, port and database from DB_URL (jdbc:mariadb://host:port/name?…),
# credentials from DB_USER / DB_PASSWORD, as the application reads them. The password goes through the environment
# (MYSQL_PWD), never the command line, so other users cannot see it in the process list.
: "${DB_URL:?set DB_URL (jdbc:mariadb://host:port/database)}"
rest="${DB_URL#jdbc:mariadb://}"
rest="${rest#jdbc:mysql://}"
hostport="${rest%%/*}"
DB_NAME="${rest#*/}"
DB_NAME="${DB_NAME%%\?*}"
DB_HOST="${hostport%%:*}"
DB_PORT="${hostport##*:}"
[ "$DB_PORT" = "$hostport" ] && DB_PORT=3306
case "$DB_NAME" in *[!A-Za-z0-9_]*|"") echo "unexpected database name in DB_URL: $DB_NAME" >&2; exit 2;; esac
export MYSQL_PWD="${DB_PASSWORD:-}"
DB_ARGS=(-h "$DB_HOST" -P "$DB_PORT" -u "${DB_USER:-root}" --protocol=TCP)
