--TEST--
Differential 5.2.2: the master's stop lines: "received signal SIGTERM", "stopping"; Worker::stopAll(3, $log) in the master logs "Workerman[start.php] $log" (trimmed) and "stopping, code [3]"
--EXTENSIONS--
workerman
posix
pcntl
--SKIPIF--
<?php require __DIR__ . '/../include/differential.inc'; if (!wm_workerman5_dir()) die('skip set WORKERMAN5_DIR to a Workerman 5.2.2 tree (and WORKERMAN_COROUTINE_DIR to workerman/coroutine)'); ?>
--FILE--
<?php
require __DIR__ . '/../include/differential.inc';
$code = <<<'PHP'
use Workerman\Worker;
$w = new Worker('tcp://127.0.0.1:__PORT__');
$w->onWorkerStart = function ($w) { wm_ready(); };
Worker::$onMasterReload = function () { Worker::stopAll(3, " bye\n"); };
Worker::runAll();
PHP;
wm_assert_same(wm_differential5($code, function (WmServer $server, int $port) {
    $server->waitReady();
    $server->signal(SIGTERM);
    return "master exit: " . $server->wait();
}, ['start', '-q']));
wm_assert_same(wm_differential5($code, function (WmServer $server, int $port) {
    $server->waitReady();
    $server->signal(SIGUSR1);
    return "master exit: " . $server->wait();
}, ['start', '-q']));
?>
--EXPECT--
same
same
