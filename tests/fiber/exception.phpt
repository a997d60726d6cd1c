--TEST--
Fiber mode: an uncaught exception thrown after a suspension ends the worker with status 250 and is logged; the master respawns it; an errorHandler of the connection gets it instead (5.x error())
--EXTENSIONS--
workerman
posix
--FILE--
<?php
putenv('WM_API=5');
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Timer;
Worker::\$eventLoopClass = Workerman\Events\Fiber::class;
\$w = new Worker('text://127.0.0.1:$port');
\$w->onWorkerStart = function () { echo "worker pid ", getmypid(), "\\n"; wm_ready(); };
\$w->onMessage = function (\$c, \$msg) {
    if (\$msg === 'handled') {
        \$c->errorHandler = function (\$e) use (\$c) { \$c->send('handled: ' . \$e->getMessage()); };
    }
    Timer::sleep(0.01);
    throw new RuntimeException("boom after sleep");
};
Worker::runAll();
PHP);
$server->waitReady();
$c = wm_connect($port);
fwrite($c, "handled\n");
echo wm_read_exact($c, 27);
fclose($c);
preg_match('/worker pid (\d+)/', $server->output, $m);
$pid = (int)$m[1];
$c = wm_connect($port);
fwrite($c, "crash\n");
$server->waitReady(2);
var_dump(posix_kill($pid, 0));
$out = $server->stop();
var_dump(preg_match('/RuntimeException: boom after sleep in .*start\.php:\d+\nStack trace/', $out));
var_dump(preg_match('/worker\[none:' . $pid . '\] exit with status 64000/', $out));
?>
--EXPECT--
handled: boom after sleep
bool(false)
int(1)
int(1)
