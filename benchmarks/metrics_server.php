<?php
// The HTTP server of benchmarks/metrics.sh: one worker answering 'Hello World'; with
// WM_BENCH_METRICS=host:port the master serves the Prometheus endpoint there.
// Environment: WM_BENCH_PORT (default 19500), WM_BENCH_TMP (pid and log files),
// WM_BENCH_STOP_TIMEOUT (Worker::$stopTimeout; longer under valgrind), WM_BENCH_TIMER=1: a
// one-second Timer in the worker, as most apps have.
use Workerman\Worker;

$port = (int)(getenv('WM_BENCH_PORT') ?: 19500);
$tmp = getenv('WM_BENCH_TMP') ?: sys_get_temp_dir();
Worker::$pidFile = "$tmp/metrics_server_$port.pid";
Worker::$logFile = "$tmp/metrics_server_$port.log";
Worker::$stopTimeout = (int)(getenv('WM_BENCH_STOP_TIMEOUT') ?: 2);
if (getenv('WM_BENCH_METRICS')) {
    Worker::$metricsListen = 'http://' . getenv('WM_BENCH_METRICS');
}
$worker = new Worker("http://127.0.0.1:$port");
if (getenv('WM_BENCH_TIMER')) {
    $worker->onWorkerStart = function () {
        Workerman\Timer::add(1, function () {});
    };
}
$worker->onMessage = function ($connection, $request) {
    $connection->send('Hello World');
};
Worker::runAll();
