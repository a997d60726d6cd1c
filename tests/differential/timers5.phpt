--TEST--
Differential (5.2.2, profile 5): Timer ids, one-shot and persistent timers, args, del inside the callback
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
use Workerman\Timer;
$w = new Worker();
$w->onWorkerStart = function () {
    $count = 0;
    $once = Timer::add(0.01, function ($a, $b) { echo "once $a $b\n"; }, ['x', 'y'], false);
    $repeat = 0;
    $repeat = Timer::add(0.01, function () use (&$count, &$repeat) {
        echo "tick ", ++$count, "\n";
        if ($count === 3) {
            var_dump(Timer::del($repeat));
            echo "count ", Worker::$globalEvent->getTimerCount(), "\n";
            wm_ready();
        }
    });
    var_dump($once, $repeat, Worker::$globalEvent->getTimerCount());
    var_dump(Timer::add(0.5, 'strlen', ['abc'], false) > 0);
    var_dump(Timer::del(12345));
};
Worker::runAll();
PHP, function (WmServer $server, int $port, array &$extraPorts) {
    $server->waitReady();
    return '';
}));
?>
--EXPECT--
same
