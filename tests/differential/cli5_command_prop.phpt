--TEST--
Differential 5.2.2: Worker::$command supplies the command when argv has none; the UI then ends "Start success." (Workerman used as a library)
--EXTENSIONS--
workerman
posix
pcntl
--SKIPIF--
<?php require __DIR__ . '/../include/differential.inc'; if (!wm_workerman5_dir()) die('skip set WORKERMAN5_DIR to a Workerman 5.2.2 tree (and WORKERMAN_COROUTINE_DIR to workerman/coroutine)'); ?>
--FILE--
<?php
require __DIR__ . '/../include/differential.inc';
wm_assert_same(wm_differential5(<<<'PHP'
use Workerman\Worker;
$w = new Worker('tcp://127.0.0.1:__PORT__');
$w->onWorkerStart = function ($w) { echo "argv: ", implode(' ', array_slice(Worker::getArgv(), 1)), "\n"; wm_ready(); };
Worker::$command = 'start';
Worker::runAll();
PHP, function (WmServer $server, int $port) {
    $server->waitReady();
    return '';
}, []));
?>
--EXPECT--
same
