--TEST--
Timer: an uncaught exception in a timer callback ends the worker (stopAll(250, $e)) and is logged
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$server = new WmServer(<<<'PHP'
use Workerman\Worker;
use Workerman\Timer;
$w = new Worker();
$w->onWorkerStart = function () {
    echo "worker pid ", getmypid(), "\n";
    Timer::add(0.01, function () {
        Timer::add(0.001, function () { echo "WORKER WENT ON\n"; }, null, false);
        throw new RuntimeException("boom in timer");
    }, [], false);
};
Worker::runAll();
PHP);
$server->waitFor("boom in timer");
preg_match('/worker pid (\d+)/', $server->output, $m);
$pid = (int)$m[1];
// The worker exits; its master reaps it (and may respawn a new one with another pid).
$deadline = microtime(true) + 5;
while (posix_kill($pid, 0) && microtime(true) < $deadline) {
    $server->pump(0.01);
}
var_dump(posix_kill($pid, 0));
$out = $server->stop();
var_dump(preg_match('/RuntimeException: boom in timer in .*start\.php:\d+\nStack trace/', $out));
var_dump(strpos($out, "WORKER WENT ON"));
?>
--EXPECT--
bool(false)
int(1)
bool(false)
