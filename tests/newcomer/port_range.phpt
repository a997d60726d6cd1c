--TEST--
Listen ports out of range (65536 and up, negative) are refused with a clear exception at listen time (PHP would bind them modulo 65536), in listen() and, before anything listens or forks, in runAll() (exit non-zero, also for reusePort workers, which listen in their own processes); 0 still lets the kernel pick one
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
use Workerman\Worker;
$names = ['tcp://127.0.0.1:99999', 'http://127.0.0.1:65536', 'text://127.0.0.1:-1', 'udp://127.0.0.1:70000',
    'websocket://[::1]:123456789012345678901234567890', 'tcp://127.0.0.1:0', 'tcp://127.0.0.1:x1'];
foreach ($names as $name) {
    $w = new Worker($name);
    try {
        @$w->listen();
        echo "$name: listening\n";
        $w->unlisten();
    } catch (Exception $e) {
        echo "$name: ", $e->getMessage(), "\n";
    }
}
// runAll(): the uncaught exception ends the master before any worker starts, also for a
// reusePort worker, which would listen in its own process only (and fail at every respawn)
foreach (['false', 'true'] as $reusePort) {
    $server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('http://127.0.0.1:99999');
\$w->reusePort = $reusePort;
\$w->onWorkerStart = function () { echo "worker started\\n"; };
Worker::runAll();
PHP);
    $code = $server->wait();
    echo "reusePort $reusePort: exit ", $code === 0 ? 'zero' : 'non-zero', ", ";
    echo preg_match('/Uncaught Exception: Invalid port 99999 in "127\.0\.0\.1:99999": it must be between 0 and 65535/', $server->output) ? "message shown, " : $server->output;
    echo str_contains($server->output, 'worker started') ? "a worker started\n" : "no worker started\n";
    $server->kill();
}
?>
--EXPECT--
tcp://127.0.0.1:99999: Invalid port 99999 in "127.0.0.1:99999": it must be between 0 and 65535
http://127.0.0.1:65536: Invalid port 65536 in "127.0.0.1:65536": it must be between 0 and 65535
text://127.0.0.1:-1: Invalid port -1 in "127.0.0.1:-1": it must be between 0 and 65535
udp://127.0.0.1:70000: Invalid port 70000 in "127.0.0.1:70000": it must be between 0 and 65535
websocket://[::1]:123456789012345678901234567890: Invalid port 123456789012345678901234567890 in "[::1]:123456789012345678901234567890": it must be between 0 and 65535
tcp://127.0.0.1:0: listening
tcp://127.0.0.1:x1: Failed to parse address "127.0.0.1:x1"
reusePort false: exit non-zero, message shown, no worker started
reusePort true: exit non-zero, message shown, no worker started
