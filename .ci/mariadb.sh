# MariaDB servers on loopback for the tests, without systemd: each server
# runs mariadbd directly, as the mysql user, on a data folder of its own.
# Sourced by .ci/run (one server for the store tests) and .ci/galera (a
# three-node Galera cluster).

# mariadb_free_port VAR FROM sets VAR to a TCP port, FROM or above, that
# nothing listens on and that no earlier call gave.
mariadb_free_port() {
	local p=$2
	while ss -ltnH "sport = :$p" | grep -q . || [[ " ${MARIADB_TAKEN:-} " == *" $p "* ]]; do
		p=$((p + 1))
	done
	MARIADB_TAKEN="${MARIADB_TAKEN:-} $p"
	printf -v "$1" '%s' "$p"
}

# mariadb_config DIR PORT [LINE...] writes DIR/my.cnf for a server on
# 127.0.0.1:PORT with its data in DIR/data, plus the extra [mariadbd] lines.
mariadb_config() {
	local dir=$1 port=$2
	shift 2
	mkdir -p "$dir/data"
	{
		echo "[mariadbd]"
		echo "user = mysql"
		echo "datadir = $dir/data"
		echo "socket = $dir/mysqld.sock"
		echo "pid-file = $dir/mysqld.pid"
		echo "log-error = $dir/error.log"
		echo "port = $port"
		echo "bind-address = 127.0.0.1"
		echo "skip-name-resolve"
		echo "innodb_buffer_pool_size = 128M"
		printf '%s\n' "$@"
	} >"$dir/my.cnf"
	chown -R mysql: "$dir"
}

# mariadb_install_db DIR fills DIR/data with the system tables.
mariadb_install_db() {
	mariadb-install-db --defaults-file="$1/my.cnf" --auth-root-authentication-method=socket \
		--skip-test-db >"$1/install.log" 2>&1 || { cat "$1/install.log"; return 1; }
}

# mariadb_start DIR [ARG...] starts the server of DIR/my.cnf in the
# background and waits (up to 120 s) until it answers on its socket.
mariadb_start() {
	local dir=$1
	shift
	# In a subshell, so that this shell does not report a server killed.
	(
		mariadbd --defaults-file="$dir/my.cnf" "$@" </dev/null >>"$dir/error.log" 2>&1 &
		echo $! >"$dir/mariadbd.pid"
	)
	local i
	for i in $(seq 1200); do
		if mariadb-admin --no-defaults -S "$dir/mysqld.sock" -uroot ping >/dev/null 2>&1; then
			return 0
		fi
		if ! kill -0 "$(cat "$dir/mariadbd.pid")" 2>/dev/null; then
			echo "mariadbd of $dir exited:"; tail -20 "$dir/error.log"; return 1
		fi
		sleep 0.1
	done
	echo "mariadbd of $dir does not answer:"; tail -20 "$dir/error.log"; return 1
}

# mariadb_sql DIR SQL runs SQL as root through the server's socket.
mariadb_sql() {
	mariadb --no-defaults -S "$1/mysqld.sock" -uroot -N -B -e "$2"
}

# mariadb_stop DIR stops the server that mariadb_start started, if it runs.
mariadb_stop() {
	local pid
	pid=$(cat "$1/mariadbd.pid" 2>/dev/null) || return 0
	kill "$pid" 2>/dev/null || return 0
	local i
	for i in $(seq 600); do
		kill -0 "$pid" 2>/dev/null || return 0
		sleep 0.1
	done
	kill -9 "$pid" 2>/dev/null || true
}

# mariadb_user DIR makes the user annals (password annals), who may create
# and drop the tests' databases, and the database annals.
mariadb_user() {
	mariadb_sql "$1" "CREATE USER IF NOT EXISTS annals@'127.0.0.1' IDENTIFIED BY 'annals';
		GRANT ALL PRIVILEGES ON *.* TO annals@'127.0.0.1';
		CREATE DATABASE IF NOT EXISTS annals"
}
