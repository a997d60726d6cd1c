--TEST--
TcpConnection: a callback that destroys the other connections whose messages are ready in the same loop turn: those messages are never dispatched (their objects are gone), each gets onClose, and the worker goes on serving
--EXTENSIONS--
workerman
--FILE--
<?php
/* The reactor dispatches straight from epoll_wait()'s array; a watcher removed by an earlier
 * callback of the same turn must be struck from the rest of it (its object is freed: under
 * valgrind or ASan a stale entry is a read of freed memory). Five clients each send "killall"
 * while the worker is held inside another callback, so all five are ready in one turn;
 * whichever runs first destroys the other four. */
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$gatePort = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('text://127.0.0.1:$port');
\$named = [];
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onMessage = function (\$c, \$line) use (&\$named) {
    [\$cmd, \$arg] = explode(' ', \$line . ' ', 2);
    \$arg = trim(\$arg);
    if (\$cmd === 'name') { \$named[\$arg] = \$c; \$c->name = \$arg; \$c->send('ok'); return; }
    if (\$cmd === 'hold') {
        \$gate = stream_socket_client('tcp://127.0.0.1:$gatePort');
        fgets(\$gate);
        \$c->send('held');
        return;
    }
    if (\$cmd === 'killall') {
        echo "killall from {\$c->name}\\n";
        \$killed = 0;
        foreach (\$named as \$n => \$other) {
            if (\$other !== \$c) {
                unset(\$named[\$n]);
                \$other->destroy();
                \$killed++;
            }
        }
        \$other = null;
        \$c->send("killed \$killed");
        return;
    }
    echo "served \$line\n";
    \$c->send("echo \$line");
};
\$w->onClose = function (\$c) { if (isset(\$c->name)) { echo "close {\$c->name}\\n"; } };
Worker::runAll();
PHP);
$server->waitReady();

$names = ['A', 'B', 'C', 'D', 'E'];
$clients = [];
foreach ($names as $name) {
    $clients[$name] = wm_connect($port);
    fwrite($clients[$name], "name $name\n");
    if (wm_read_exact($clients[$name], 3) !== "ok\n") {
        die("no ok for $name\n");
    }
}
$hold = wm_connect($port); // not named: the killer leaves it open
$gate = stream_socket_server("tcp://127.0.0.1:$gatePort");
fwrite($hold, "hold\n");
$held = stream_socket_accept($gate, 5); // the worker is inside the hold callback now
foreach ($names as $n) {
    fwrite($clients[$n], "killall\n");
}
fwrite($held, "go\n");
echo wm_read_exact($hold, 5);

$replies = [];
foreach ($names as $n) {
    $replies[$n] = wm_read_all($clients[$n]);
}
$winners = array_keys(array_filter($replies, fn ($r) => $r === "killed 4\n"));
$silent = array_keys(array_filter($replies, fn ($r) => $r === ''));
echo 'one killer: ', count($winners) === 1 ? 'yes' : 'no (' . json_encode($replies) . ')', "\n";
echo 'the others closed with nothing read: ', count($silent), "\n";

// The worker still serves, on a new connection and on the held one.
$late = wm_connect($port);
fwrite($late, "ping\n");
echo wm_read_exact($late, 10);
fwrite($hold, "again\n");
echo wm_read_exact($hold, 11);
$out = $server->stop();
echo 'killall callbacks run: ', substr_count($out, 'killall from'), "\n";
preg_match_all('/^close ([A-E])$/m', substr($out, 0, (int)strpos($out, 'served ping')), $m);
sort($m[1]);
$expected = array_values(array_diff($names, $winners));
echo 'onClose for the four destroyed, before the next message: ', $m[1] === $expected ? 'yes' : 'no (' . implode(',', $m[1]) . ')', "\n";
?>
--EXPECT--
held
one killer: yes
the others closed with nothing read: 4
echo ping
echo again
killall callbacks run: 1
onClose for the four destroyed, before the next message: yes
