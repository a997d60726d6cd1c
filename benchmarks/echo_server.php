<?php
// The line echo server that every PHP runtime is measured with: one worker process,
// onMessage sends back what it got. The same file runs on both runtimes, never both at once:
//   ours:       php -d extension=modules/workerman.so benchmarks/echo_server.php start
//   Workerman:  WM_BENCH_WORKERMAN=/path/to/workerman-4.2.1 php benchmarks/echo_server.php start
// Environment: WM_BENCH_SCHEME (text|tcp, default text), WM_BENCH_PORT (default 19300),
// WM_BENCH_TMP (pid and log files, default the system temp dir), WM_BENCH_PROBE=1 answers
// "len=<bytes of the message>" instead, so run.sh can tell whether text:// framing is applied.
if (getenv('WM_BENCH_WORKERMAN')) {
    require_once getenv('WM_BENCH_WORKERMAN') . '/Autoloader.php';
}

use Workerman\Worker;

$scheme = getenv('WM_BENCH_SCHEME') ?: 'text';
$port = (int)(getenv('WM_BENCH_PORT') ?: 19300);
$tmp = getenv('WM_BENCH_TMP') ?: sys_get_temp_dir();

Worker::$pidFile = "$tmp/echo_server_$port.pid";
Worker::$logFile = "$tmp/echo_server_$port.log";

$worker = new Worker("$scheme://127.0.0.1:$port");
$worker->count = 1;
$worker->name = 'bench-echo';
if (getenv('WM_BENCH_PROBE')) {
    $worker->onMessage = function ($connection, $data) {
        $connection->send('len=' . strlen($data));
    };
} else {
    $worker->onMessage = function ($connection, $data) {
        $connection->send($data);
    };
}
Worker::runAll();
