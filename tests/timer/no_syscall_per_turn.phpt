--TEST--
Timer: a pending timer costs no system call per loop turn (its timerfd is armed once, not before every wait; checked with strace)
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
use Workerman\Timer;
\$w = new Worker('text://127.0.0.1:$port');
\$w->onWorkerStart = function () {
    Timer::add(3600, function () {});
    Timer::add(1800, function () {}, [], false);
    echo "PID ", posix_getpid(), "\\n";
    wm_ready();
};
\$w->onMessage = function (\$c, \$line) { \$c->send(strtoupper(\$line)); };
Worker::runAll();
PHP);
$server->waitReady();
preg_match('/^PID (\d+)$/m', $server->output, $m);
$log = $server->dir . '/strace.log';
$strace = proc_open(['strace', '-f', '-p', $m[1], '-e', 'trace=epoll_wait,timerfd_settime', '-o', $log],
    [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
$stderr = $pipes[2];
$attached = '';
while (strpos($attached, 'attached') === false && !feof($stderr)) {
    $attached .= fgets($stderr);
}
$c = wm_connect($port);
$ok = true;
for ($i = 0; $i < 20; $i++) {
    fwrite($c, "line $i\n");
    $ok = $ok && wm_read_exact($c, strlen("LINE $i\n")) === "LINE $i\n";
}
var_dump($ok);
proc_terminate($strace, SIGINT);
proc_close($strace);
$calls = file($log, FILE_IGNORE_NEW_LINES);
$waits = count(array_filter($calls, fn ($l) => strpos($l, 'epoll_wait(') !== false));
$arms = count(array_filter($calls, fn ($l) => strpos($l, 'timerfd_settime(') !== false));
echo $waits >= 20 ? "loop turns: at least 20" : "loop turns: only $waits", "\n";
echo "timerfd_settime calls: $arms\n";
$server->stop();
?>
--EXPECT--
bool(true)
loop turns: at least 20
timerfd_settime calls: 0
