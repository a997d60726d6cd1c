<?php
// The HTTP server of benchmarks/fiber.sh: one worker process, profile 5 (Workerman 5.x API).
//   ours:      php -d extension=modules/workerman.so -d workerman.api=5 benchmarks/fiber_server.php start
//   reference: WM_BENCH_AUTOLOAD=<vendor/autoload.php of Workerman 5.2.2 + revolt/event-loop> php ... start
// Environment: WM_BENCH_PORT (default 19500), WM_BENCH_TMP (pid and log files),
// WM_BENCH_LOOP: plain (the runtime's default loop) or fiber (Workerman\Events\Fiber: every
//   callback in a Fiber; in the reference it runs on Revolt),
// WM_BENCH_MODE: hello (default) sends 'Hello World'; sleep first suspends onMessage on
//   Timer::sleep(WM_BENCH_SLEEP, default 1) (fiber loop only: elsewhere it blocks the worker);
//   timer answers from a one-shot Timer::add() callback after as long, without suspending: the
//   cost of a pending request without a fiber, on any loop.
// Exits 3 when the fiber loop is asked for and the runtime has no Workerman\Events\Fiber.
if (getenv('WM_BENCH_AUTOLOAD')) {
    require_once getenv('WM_BENCH_AUTOLOAD');
}

use Workerman\Timer;
use Workerman\Worker;

$port = (int)(getenv('WM_BENCH_PORT') ?: 19500);
$tmp = getenv('WM_BENCH_TMP') ?: sys_get_temp_dir();
$fiber = getenv('WM_BENCH_LOOP') === 'fiber';
$mode = getenv('WM_BENCH_MODE') ?: 'hello';
$sleep = (float)(getenv('WM_BENCH_SLEEP') ?: 1);

if ($fiber && !class_exists(Workerman\Events\Fiber::class)) {
    fwrite(STDERR, "no Workerman\\Events\\Fiber in this runtime\n");
    exit(3);
}

Worker::$pidFile = "$tmp/fiber_server_$port.pid";
Worker::$logFile = "$tmp/fiber_server_$port.log";
$worker = new Worker("http://127.0.0.1:$port");
$worker->count = 1;
$worker->name = 'bench-fiber';
if ($fiber) {
    $worker->eventLoop = Workerman\Events\Fiber::class;
}
if ($mode === 'sleep') {
    $worker->onMessage = function ($connection, $request) use ($sleep) {
        Timer::sleep($sleep);
        $connection->send('Hello World');
    };
} elseif ($mode === 'timer') {
    $worker->onMessage = function ($connection, $request) use ($sleep) {
        Timer::add($sleep, fn () => $connection->send('Hello World'), [], false);
    };
} else {
    $worker->onMessage = function ($connection, $request) {
        $connection->send('Hello World');
    };
}
Worker::runAll();
