--TEST--
TcpConnection: sends to one connection from several callbacks of one loop turn leave in one writev per connection (strace), in order, send() true, close()/destroy() after send() still write the bytes first
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php
exec('command -v strace', $out, $rc);
if ($rc !== 0) die('skip strace not installed');
if (getenv('WM_VALGRIND')) die('skip strace cannot trace a server that runs under valgrind');
?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$gatePort = wm_free_port();
// Each client connection names itself first ("name X"). Commands:
//   fan            to A, B and C twice each; the source gets the six send() results
//   hold           the callback blocks on a gate the test opens, so the next messages of
//                  A, B and C are all readable when the loop waits again: one turn
//   to T text      one send to T (several of these from A, B, C in that one turn)
//   closeafter X   two sends to X, then X->close(); destroyafter X: one send, then destroy()
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('text://127.0.0.1:$port');
\$named = [];
\$w->onWorkerStart = function () { echo "PID ", posix_getpid(), "\\n"; wm_ready(); };
\$w->onMessage = function (\$c, \$line) use (&\$named) {
    [\$cmd, \$arg, \$text] = explode(' ', \$line . '  ', 3);
    \$text = rtrim(\$text);
    if (\$cmd === 'name') { \$named[\$arg] = \$c; \$c->send('ok'); return; }
    if (\$cmd === 'fan') {
        \$results = [];
        foreach (['A', 'B', 'C'] as \$n) {
            \$results[] = var_export(\$named[\$n]->send("fan{\$n}1"), true);
            \$results[] = var_export(\$named[\$n]->send("fan{\$n}2"), true);
        }
        \$c->send('fan ' . implode(' ', \$results));
        return;
    }
    if (\$cmd === 'hold') {
        \$gate = stream_socket_client('tcp://127.0.0.1:$gatePort');
        fgets(\$gate);
        \$c->send('held');
        return;
    }
    if (\$cmd === 'to') { \$r = \$named[\$arg]->send(\$text); \$c->send('sent ' . var_export(\$r, true)); return; }
    if (\$cmd === 'closeafter') {
        \$r1 = \$named[\$arg]->send('bye1');
        \$r2 = \$named[\$arg]->send('bye2');
        \$named[\$arg]->close();
        \$c->send('closed ' . var_export(\$r1, true) . ' ' . var_export(\$r2, true));
        return;
    }
    if (\$cmd === 'destroyafter') {
        \$r = \$named[\$arg]->send('gone');
        \$named[\$arg]->destroy();
        \$c->send('destroyed ' . var_export(\$r, true));
    }
};
Worker::runAll();
PHP);
$server->waitReady();
preg_match('/^PID (\d+)$/m', $server->output, $m);

$clients = [];
foreach (['S', 'A', 'B', 'C', 'T', 'D', 'E', 'F'] as $name) {
    $clients[$name] = wm_connect($port);
    fwrite($clients[$name], "name $name\n");
    if (wm_read_exact($clients[$name], 3) !== "ok\n") {
        die("no ok for $name\n");
    }
}

$log = $server->dir . '/strace.log';
$strace = proc_open(['strace', '-f', '-s', '200', '-p', $m[1], '-e', 'trace=writev,write,sendmsg,sendto', '-o', $log],
    [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
$attached = '';
while (strpos($attached, 'attached') === false && !feof($pipes[2])) {
    $attached .= fgets($pipes[2]);
}

// One onMessage sends to 3 other connections twice each.
fwrite($clients['S'], "fan\n");
echo wm_read_exact($clients['S'], strlen("fan true true true true true true\n"));
foreach (['A', 'B', 'C'] as $n) {
    var_dump(wm_read_exact($clients[$n], 12) === "fan{$n}1\nfan{$n}2\n");
}

// Three connections' onMessage send to T in one turn.
$gate = stream_socket_server("tcp://127.0.0.1:$gatePort");
fwrite($clients['D'], "hold\n");
$held = stream_socket_accept($gate, 5); // the server is inside D's callback now
foreach (['A', 'B', 'C'] as $n) {
    fwrite($clients[$n], "to T from$n\n");
}
fwrite($held, "go\n");
echo wm_read_exact($clients['D'], 5);
foreach (['A', 'B', 'C'] as $n) {
    echo $n, ': ', wm_read_exact($clients[$n], 10);
}
$got = explode("\n", trim(wm_read_exact($clients['T'], 18)));
sort($got);
echo 'T: ', implode(' ', $got), "\n";

// close() and destroy() after send() in the same turn: the bytes first.
fwrite($clients['S'], "closeafter E\n");
echo wm_read_exact($clients['S'], strlen("closed true true\n"));
var_dump(wm_read_all($clients['E']));
fwrite($clients['S'], "destroyafter F\n");
echo wm_read_exact($clients['S'], strlen("destroyed true\n"));
var_dump(wm_read_all($clients['F']));

proc_terminate($strace, SIGINT);
proc_close($strace);
$calls = array_values(array_filter(file($log, FILE_IGNORE_NEW_LINES),
    fn ($l) => preg_match('/\b(writev|write|sendmsg|sendto)\(/', $l)));
$count = fn ($needle) => count(array_filter($calls, fn ($l) => strpos($l, $needle) !== false));
foreach (['A', 'B', 'C'] as $n) {
    echo "writes to $n in the fan turn: ", $count("fan{$n}"), "\n";
}
echo "writes to T in the three callbacks' turn: ", $count('from'), "\n";
echo "writes to E: ", $count('bye'), "\n";
$server->stop();
?>
--EXPECT--
fan true true true true true true
bool(true)
bool(true)
bool(true)
held
A: sent true
B: sent true
C: sent true
T: fromA fromB fromC
closed true true
string(10) "bye1
bye2
"
destroyed true
string(5) "gone
"
writes to A in the fan turn: 1
writes to B in the fan turn: 1
writes to C in the fan turn: 1
writes to T in the three callbacks' turn: 1
writes to E: 1
