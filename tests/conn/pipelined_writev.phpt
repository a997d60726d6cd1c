--TEST--
TcpConnection: the 16 replies to 16 pipelined text lines leave in one writev (checked with strace)
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
\$w = new Worker('text://127.0.0.1:$port');
\$w->onWorkerStart = function () { echo "PID ", posix_getpid(), "\\n"; wm_ready(); };
\$w->onMessage = function (\$c, \$line) { \$c->send(strtoupper(\$line)); };
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
$batch = '';
for ($i = 0; $i < 16; $i++) {
    $batch .= "line $i\n";
}
fwrite($c, $batch);
$expected = strtoupper($batch);
var_dump(wm_read_exact($c, strlen($expected)) === $expected);
proc_terminate($strace, SIGINT);
proc_close($strace);
$calls = file($log, FILE_IGNORE_NEW_LINES);
$writes = array_values(array_filter($calls, fn ($l) => preg_match('/\b(writev|write|sendmsg|sendto)\(/', $l)));
echo count($writes), " write call(s): ", preg_replace('/^\d+\s+(\w+)\(.*$/', '$1', $writes[0] ?? ''), "\n";
$server->stop();
?>
--EXPECT--
bool(true)
1 write call(s): writev
