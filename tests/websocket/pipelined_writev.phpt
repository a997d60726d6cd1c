--TEST--
WebSocket: the 101, the frames queued before it and the echoes of the frames that came with the handshake leave in one writev; 16 pipelined frames are answered by one writev (checked with strace)
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
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('websocket://127.0.0.1:$port');
\$w->onWorkerStart = function () { echo "PID ", posix_getpid(), "\\n"; wm_ready(); };
\$w->onWebSocketConnect = function (\$c) { \$c->send('hello'); };
\$w->onMessage = function (\$c, \$d) { \$c->send(strtoupper(\$d)); };
Worker::runAll();
PHP);
$server->waitReady();
preg_match('/^PID (\d+)$/m', $server->output, $m);
$log = $server->dir . '/strace.log';
$strace = proc_open(['strace', '-f', '-p', $m[1], '-e', 'trace=writev,write,sendmsg,sendto', '-o', $log],
    [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
$stderr = $pipes[2];
$attached = '';
while (strpos($attached, 'attached') === false && !feof($stderr)) {
    $attached .= fgets($stderr);
}
$c = wm_connect($port);
fwrite($c, wm_ws_request('/') . wm_ws_frame('a') . wm_ws_frame('b'));
$head = wm_ws_read_head($c);
$got = [];
for ($i = 0; $i < 3; $i++) {
    $got[] = wm_ws_read_frame($c)['payload'];
}
echo implode(',', $got), "\n";
$batch = '';
for ($i = 0; $i < 16; $i++) {
    $batch .= wm_ws_frame("line $i");
}
fwrite($c, $batch);
$got = [];
for ($i = 0; $i < 16; $i++) {
    $got[] = wm_ws_read_frame($c)['payload'];
}
echo implode(',', $got), "\n";
proc_terminate($strace, SIGINT);
proc_close($strace);
$calls = file($log, FILE_IGNORE_NEW_LINES);
$writes = array_values(array_filter($calls, fn ($l) => preg_match('/\b(writev|write|sendmsg|sendto)\(/', $l)));
echo count($writes), " write call(s): ", implode(' ', array_map(fn ($l) => preg_replace('/^\d+\s+(\w+)\(.*$/', '$1', $l), $writes)), "\n";
$server->stop();
?>
--EXPECT--
hello,A,B
LINE 0,LINE 1,LINE 2,LINE 3,LINE 4,LINE 5,LINE 6,LINE 7,LINE 8,LINE 9,LINE 10,LINE 11,LINE 12,LINE 13,LINE 14,LINE 15
2 write call(s): writev writev
