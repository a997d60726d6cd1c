--TEST--
Reload under keep-alive load loses nothing: 8 strict keep-alive clients (no retries) keep requesting across two `reload`s of 2 workers; old workers answer what they have read, end each connection after a reply that says Connection: close, and exit; zero requests fail
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/keepalive_load.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('http://127.0.0.1:$port');
\$w->count = 2;
Worker::\$stopTimeout = 10; /* a slow machine (valgrind) must not turn a drain into a kill */
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onMessage = function (\$c, \$r) { \$c->send('pid ' . posix_getpid()); };
Worker::runAll();
PHP);
$server->waitReady(2);
$load = new KeepAliveLoad($port, 8);
$ready = fn(int $n) => substr_count($server->output, 'WM_READY') >= $n;
$phase = function (int $readyCount) use ($load, $server, $ready) {
    $start = $load->ok;
    $done = $load->runUntil(fn() => $ready($readyCount) && $load->ok >= $start + 300, 20, $server);
    echo $done ? "served past " . ($readyCount / 2 - 1) . " reloads\n" : "timed out: ok {$load->ok}, ready " . substr_count($server->output, 'WM_READY') . "\n";
};
$phase(2);
$server->signal(SIGUSR1);
$phase(4);
$server->signal(SIGUSR1);
$phase(6);
$load->close();
echo "failed: {$load->failed} ", json_encode($load->failures), "\n";
echo "replies with Connection: close: ", $load->closeReplies > 0 ? 'some' : 'none', "\n";
$out = $server->stop();
var_dump(str_contains($out, 'exit with status'));
?>
--EXPECT--
served past 0 reloads
served past 1 reloads
served past 2 reloads
failed: 0 []
replies with Connection: close: some
bool(false)
