<?php
// The HTTP server of benchmarks/metrics.sh: one worker answering 'Hello World'; with
// WM_BENCH_METRICS=host:port the master serves the Prometheus endpoint there.
// Environment: WM_BENCH_PORT (default 19500), WM_BENCH_TMP (pid and log files).
use Workerman\Worker;

$port = (int)(getenv('WM_BENCH_PORT') ?: 19500);
$tmp = getenv('WM_BENCH_TMP') ?: sys_get_temp_dir();
Worker::$pidFile = "$tmp/metrics_server_$port.pid";
Worker::$logFile = "$tmp/metrics_server_$port.log";
if (getenv('WM_BENCH_METRICS')) {
    Worker::$metricsListen = 'http://' . getenv('WM_BENCH_METRICS');
}
$worker = new Worker("http://127.0.0.1:$port");
$worker->onMessage = function ($connection, $request) {
    $connection->send('Hello World');
};
Worker::runAll();
