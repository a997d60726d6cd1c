<?php
// The worker that runs workerman/coroutine's own PHPUnit tests for tests/coroutine/run.sh, as
// the package's tests/start.php does (PHPUnit inside onWorkerStart, the loop chosen by
// $worker->eventLoop), but for one loop per run, with a JUnit log, then stops the master.
// Environment: CO_PROJ   the scratch copy of the package (vendor/ installed)
//              CO_LOOP   Fiber (all *Test.php) or Select / Event (the files the package runs
//                        on those loops: no coroutine may suspend there)
//              CO_JUNIT  where PHPUnit writes its JUnit XML;  CO_TMP  pid and log files
//              CO_FILTER an optional PHPUnit --filter
use Workerman\Timer;
use Workerman\Worker;

$proj = getenv('CO_PROJ');
$loop = getenv('CO_LOOP');
require_once "$proj/vendor/autoload.php";

$files = match ($loop) {
    'Fiber' => glob("$proj/tests/*Test.php"),
    'Select', 'Event' => array_map(fn ($f) => "$proj/tests/$f.php",
        ['ChannelTest', 'PoolTest', 'BarrierTest', 'ContextTest', 'WaitGroupTest']),
    default => exit("CO_LOOP must be Fiber, Select or Event\n"),
};
$args = [
    "$proj/vendor/bin/phpunit", '--colors=never', '--do-not-cache-result',
    '--log-junit', getenv('CO_JUNIT'),
];
if (getenv('CO_FILTER')) {
    array_push($args, '--filter', getenv('CO_FILTER'));
}

Worker::$pidFile = getenv('CO_TMP') . '/coroutine.pid';
Worker::$logFile = getenv('CO_TMP') . '/coroutine.log';
$worker = new Worker();
$worker->name = "coroutine-tests-$loop";
$worker->eventLoop = "Workerman\\Events\\$loop";
$worker->onWorkerStart = function () use ($args, $files, $loop) {
    echo "[TEST EVENT-LOOP: $loop] Worker::\$eventLoopClass = ", var_export(Worker::$eventLoopClass, true), "\n";
    try {
        (new PHPUnit\TextUI\Application)->run([...$args, ...$files]);
    } catch (Throwable $e) {
        echo $e, "\n";
    }
    // Out of the test's coroutine first, so the stop is not made from inside a suspended one.
    Timer::delay(0.01, fn () => posix_kill(posix_getppid(), SIGINT));
};
Worker::runAll();
