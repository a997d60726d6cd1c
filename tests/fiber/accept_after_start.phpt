--TEST--
Fiber mode: while onWorkerStart is suspended the worker does not accept; it accepts once onWorkerStart has returned (5.2.2's listen(false) + resumeAccept())
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
\$w = new Worker('tcp://127.0.0.1:$port');
\$w->onWorkerStart = function () {
    echo "start begins\\n";
    Timer::sleep(0.3);
    echo "start ends\\n";
};
\$w->onConnect = function (\$c) { echo "connect\\n"; };
\$w->onMessage = function (\$c, \$data) { \$c->send("echo:\$data"); };
Worker::runAll();
PHP);
$server->waitFor("start begins\n");
$c = wm_connect($port); // queued in the backlog until the worker accepts
fwrite($c, 'hi');
echo wm_read_exact($c, 7), "\n";
fclose($c);
$out = $server->stop();
preg_match_all('/^(start begins|start ends|connect)$/m', $out, $m);
echo implode(' / ', $m[1]), "\n";
?>
--EXPECT--
echo:hi
start begins / start ends / connect
