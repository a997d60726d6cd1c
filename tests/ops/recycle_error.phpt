--TEST--
Ops: a maxMemory, maxRequests or maxRequestsJitter that is not a count or a byte size stops the start with an exception naming the property
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/ops.inc';
foreach (["maxMemory = '12X'", "maxMemory = 1.5", "maxRequests = -1", "maxRequestsJitter = '10'"] as $setting) {
    $port = wm_free_port();
    $server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('http://127.0.0.1:$port');
\$w->$setting;
\$w->onWorkerStart = function () { echo "worker started\\n"; };
Worker::runAll();
PHP, ['start', '-q']);
    $code = $server->wait(10);
    preg_match('/Uncaught Exception: (.*?) in /', $server->output, $m);
    echo "$setting: exit $code, ", $m[1] ?? $server->output, str_contains($server->output, 'worker started') ? ' (a worker started)' : '', "\n";
    $server->kill();
}
?>
--EXPECT--
maxMemory = '12X': exit 255, Worker::$maxMemory must be a number of bytes or a string such as '256M' (K, M, G)
maxMemory = 1.5: exit 255, Worker::$maxMemory must be a number of bytes or a string such as '256M' (K, M, G)
maxRequests = -1: exit 255, Worker::$maxRequests must be a non-negative int
maxRequestsJitter = '10': exit 255, Worker::$maxRequestsJitter must be a non-negative int
