# benchmarks/cg_lib.sh: what the callgrind scripts (callgrind.sh, tls_callgrind.sh,
# gateway_profile.sh, callgrind_top.sh) share; sourced, not run.

# cg_wait_blocked PID: until the process blocks in its loop's wait (poll 7, select 23,
# epoll_wait 232, pselect6 270, ppoll 271, epoll_pwait 281, epoll_pwait2 441). A reply reaches
# the client before the server is done with that message (freeing the request, returning to
# the loop), and that tail must land on the right side of a zero or a dump. False when the
# process is gone or never blocks within a minute.
cg_wait_blocked() {
	local call _
	for _ in $(seq 6000); do
		read -r call _ <"/proc/$1/syscall" 2>/dev/null || return 1
		case $call in 7 | 23 | 232 | 270 | 271 | 281 | 441) return 0 ;; esac
		sleep 0.01
	done
	return 1
}

# cg_stop_group PGID: SIGINT to the process group, then up to 30 s for valgrind to write its
# last dumps and exit, then SIGKILL. Empty PGID: nothing to do.
cg_stop_group() {
	[ -n "$1" ] || return 0
	kill -INT -- "-$1" 2>/dev/null
	for _ in $(seq 120); do
		kill -0 -- "-$1" 2>/dev/null || break
		sleep 0.25
	done
	kill -KILL -- "-$1" 2>/dev/null
}

# cg_by_object DUMP: "object<TAB>Ir" lines, the self cost summed per object as the dump
# names it (full paths: the extension, php, libevent, libc, libssl, ...); they add up to the
# dump's total. Names are compressed: an ob= or cob= line defines "(id) name" once, later ones
# say "(id)". The cost line after a calls= line is a call's inclusive cost, not self cost:
# skipped. (callgrind_annotate's per-function lines would do too, but it names no object for
# header code inlined into ours, and charges the frames on the stack at a zero with the
# whole total.)
cg_by_object() {
	awk '
		function object(s) { # "(id) name" defines id; "(id)" refers to it
			if (!match(s, /^\([0-9]+\)/)) return s
			id = substr(s, 2, RLENGTH - 2); rest = substr(s, RLENGTH + 1); sub(/^ /, "", rest)
			if (rest != "") name[id] = rest
			return name[id]
		}
		/^ob=/ { ob = object(substr($0, 4)); next }
		/^cob=/ { object(substr($0, 5)); next }
		/^calls=/ { skip = 1; next }
		/^[0-9+*-]/ { if (skip) { skip = 0; next } self[ob] += $2; next }
		END { for (o in self) printf("%s\t%d\n", o, self[o]) }' "$1"
}

# cg_await_worker PGID PORT [self]: prints the worker's pid once PORT listens (port_open, from
# proto_lib.sh) and the master PGID has forked a child (a listening master alone proves
# nothing); with self, PGID itself is the server (a bare C one). False when the group dies or
# STARTUP seconds (default 180: valgrind starts slowly) pass first.
cg_await_worker() {
	local pgid=$1 port=$2 self=${3:-} pid= deadline=$((SECONDS + ${STARTUP:-180}))
	while [ $SECONDS -lt $deadline ]; do
		kill -0 "$pgid" 2>/dev/null || break
		if port_open "$port"; then
			if [ -n "$self" ]; then pid=$pgid; else pid=$(pgrep -P "$pgid" | head -1); fi
			[ -n "$pid" ] && { echo "$pid"; return 0; }
		fi
		sleep 0.5
	done
	return 1
}
