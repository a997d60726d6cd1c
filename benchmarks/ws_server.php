<?php
// The WebSocket server of benchmarks/ws.sh: one worker process. The same file runs on both
// runtimes, never both at once:
//   ours:       php -d extension=modules/workerman.so benchmarks/ws_server.php start
//   Workerman:  WM_BENCH_WORKERMAN=/path/to/workerman-4.2.1 php benchmarks/ws_server.php start
// Environment: WM_BENCH_PORT (default 19400), WM_BENCH_TMP (pid and log files),
// WM_BENCH_MODE: echo (default) sends every message back; broadcast sends every message to
// every connection of the worker (the sender too).
if (getenv('WM_BENCH_WORKERMAN')) {
    require_once getenv('WM_BENCH_WORKERMAN') . '/Autoloader.php';
}

use Workerman\Worker;

$port = (int)(getenv('WM_BENCH_PORT') ?: 19400);
$tmp = getenv('WM_BENCH_TMP') ?: sys_get_temp_dir();

Worker::$pidFile = "$tmp/ws_server_$port.pid";
Worker::$logFile = "$tmp/ws_server_$port.log";

$worker = new Worker("websocket://127.0.0.1:$port");
$worker->count = 1;
$worker->name = 'bench-ws';
if (getenv('WM_BENCH_MODE') === 'broadcast') {
    $worker->onMessage = function ($connection, $data) use ($worker) {
        foreach ($worker->connections as $c) {
            $c->send($data);
        }
    };
} else {
    $worker->onMessage = function ($connection, $data) {
        $connection->send($data);
    };
}
Worker::runAll();
