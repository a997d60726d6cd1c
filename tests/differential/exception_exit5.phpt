--TEST--
Differential (5.2.2, profile 5): an exception in onMessage ends the worker with status 250 and it is respawned
--EXTENSIONS--
workerman
posix
pcntl
--SKIPIF--
<?php require __DIR__ . '/../include/differential.inc'; if (!wm_workerman5_dir()) die('skip set WORKERMAN5_DIR to a Workerman 5.2.2 tree (and WORKERMAN_COROUTINE_DIR to workerman/coroutine)'); ?>
--FILE--
<?php
require __DIR__ . '/../include/differential.inc';
[$ours, $theirs] = wm_differential5(<<<'PHP'
use Workerman\Worker;
$w = new Worker('tcp://127.0.0.1:__PORT__');
$w->onWorkerStart = function ($w) { echo "start {$w->id}\n"; wm_ready(); };
$w->onWorkerStop = function ($w) { echo "stop {$w->id}\n"; };
$w->onClose = function ($c) { echo "close\n"; };
$w->onMessage = function ($c, $data) { throw new RuntimeException("boom $data"); };
Worker::runAll();
PHP, function (WmServer $server, int $port, array &$extraPorts) {
    $server->waitReady();
    $c = wm_connect($port);
    fwrite($c, "x");
    $closed = wm_read_all($c);
    $server->waitReady(2);
    return "client saw: " . json_encode($closed);
});
/* Stack traces name Workerman's own files in one run and not in the other: keep the
 * first line of each logged exception. */
$strip = fn($t) => preg_replace('/(RuntimeException: boom x) in [^\n]*\n(?:Stack trace:\n(?:#[^\n]*\n)*)?/', "$1\n", $t);
wm_assert_same([$strip($ours), $strip($theirs)]);
?>
--EXPECT--
same
