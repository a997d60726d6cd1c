--TEST--
Differential 5.2.2: status after a worker was killed: exit table row (status 9, count 1) beside a worker that never exited, long worker names widen the columns
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
$a = new Worker('tcp://127.0.0.1:__PORT__');
$a->name = 'a_rather_long_worker_name';
$a->onWorkerStart = function ($w) { file_put_contents(__DIR__ . '/a.pid', posix_getpid()); wm_ready(); };
$b = new Worker();
$b->name = 'other';
$b->onWorkerStart = function ($w) { wm_ready(); };
Worker::runAll();
PHP, function (WmServer $server, int $port) {
    $server->waitReady(2);
    wm_kill_pid(file_get_contents($server->dir . '/a.pid'), SIGKILL);
    $server->waitReady(3);
    [$code, $text] = $server->command(['status']);
    return "status: $code\n$text";
}));
?>
--EXPECT--
same
