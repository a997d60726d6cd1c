--TEST--
Timer in a worker process: ids from 1 again, master timers not inherited, $globalEvent signals and error handler (API profile 5)
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
putenv('WM_API=5'); // Timer::getTimerCount() and the loop's setErrorHandler() are 5.x's
$server = new WmServer(<<<'PHP'
use Workerman\Worker;
use Workerman\Timer;
use Workerman\Events\EventInterface;
$w = new Worker();
$master = getmypid();
echo "master id " . Timer::add(0.01, function () use ($master) {
    echo getmypid() === $master ? "master timer in master\n" : "MASTER TIMER IN WORKER\n";
}, [], false) . "\n";
$w->onWorkerStart = function () {
    $loop = Worker::$globalEvent;
    echo "global " . get_class($loop) . ", timers " . Timer::getTimerCount() . "\n";
    $n = 0;
    // 50 ms: the one-shot below (1 ms) comes first even on a slow machine or under valgrind.
    $id = Timer::add(0.05, function ($tag) use (&$n, &$id, $loop) {
        echo "$tag " . ++$n . "\n";
        if ($n === 2) {
            Timer::del($id);
            $loop->add(SIGUSR1, EventInterface::EV_SIGNAL, function ($signo) use ($loop) {
                echo "worker signal $signo\n";
                $loop->del(SIGUSR1, EventInterface::EV_SIGNAL);
                $loop->setErrorHandler(function ($e) { echo "handled: " . $e->getMessage() . "\n"; });
                Timer::add(0.001, function () { throw new Exception("caught by the loop"); }, null, false);
                Timer::add(0.01, function () { wm_ready(); }, null, false);
            });
            posix_kill(getmypid(), SIGUSR1);
        }
    }, ['repeat']);
    echo "worker first id $id\n";
    echo "worker second id " . Timer::add(0.001, function () {
        echo "once, timers " . Timer::getTimerCount() . "\n";
    }, null, false) . "\n";
};
Worker::runAll();
PHP);
$server->waitReady();
$out = $server->stop();
echo preg_replace('/^(?!master id|global|repeat|worker|once|handled).*\n/m', '', $out);
var_dump(strpos($out, "MASTER TIMER IN WORKER"));
?>
--EXPECT--
master id 1
global Workerman\Events\Event, timers 0
worker first id 1
worker second id 2
once, timers 1
repeat 1
repeat 2
worker signal 10
handled: caught by the loop
bool(false)
