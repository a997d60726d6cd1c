<?php
// The HTTP server of benchmarks/http.sh and benchmarks/tls.sh: one worker process. The same
// file runs on both runtimes, never both at once:
//   ours:       php -d extension=modules/workerman.so benchmarks/http_server.php start
//   Workerman:  WM_BENCH_WORKERMAN=/path/to/workerman-4.2.1 php benchmarks/http_server.php start
// Environment: WM_BENCH_PORT (default 19400), WM_BENCH_TMP (pid and log files),
// WM_BENCH_MODE: hello (default) sends 'Hello World'; json answers
//   json_encode($request->get()) in a Response with three headers;
// WM_BENCH_CERT + WM_BENCH_KEY: PEM files; when set the worker serves https (transport ssl).
if (getenv('WM_BENCH_WORKERMAN')) {
    require_once getenv('WM_BENCH_WORKERMAN') . '/Autoloader.php';
}

use Workerman\Protocols\Http\Response;
use Workerman\Worker;

$port = (int)(getenv('WM_BENCH_PORT') ?: 19400);
$tmp = getenv('WM_BENCH_TMP') ?: sys_get_temp_dir();
$cert = getenv('WM_BENCH_CERT');

Worker::$pidFile = "$tmp/http_server_$port.pid";
Worker::$logFile = "$tmp/http_server_$port.log";

$context = [];
if ($cert) {
    $context['ssl'] = [
        'local_cert' => $cert,
        'local_pk' => getenv('WM_BENCH_KEY'),
        'verify_peer' => false,
        'allow_self_signed' => true,
    ];
}
$worker = new Worker("http://127.0.0.1:$port", $context);
if ($cert) {
    $worker->transport = 'ssl';
}
$worker->count = 1;
$worker->name = 'bench-http';
if (getenv('WM_BENCH_MODE') === 'json') {
    $worker->onMessage = function ($connection, $request) {
        $connection->send(new Response(200, [
            'Content-Type' => 'application/json',
            'Cache-Control' => 'no-store',
            'X-Bench' => 'json',
        ], json_encode($request->get())));
    };
} else {
    $worker->onMessage = function ($connection, $request) {
        $connection->send('Hello World');
    };
}
Worker::runAll();
