--TEST--
Fiber mode: what a callback sent before it suspended reaches the client while it is suspended (the read's send batch ends at the suspension); a later message of the connection resumes it
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
Worker::\$eventLoopClass = Workerman\Events\Fiber::class;
\$waiting = null;
\$w = new Worker('text://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onMessage = function (\$c, \$msg) use (&\$waiting) {
    if (\$msg === 'stream') {
        \$c->send('one');
        \$waiting = \\Fiber::getCurrent();
        \$said = \\Fiber::suspend();
        \$c->send("two after \$said");
        return;
    }
    \$fiber = \$waiting;
    \$waiting = null;
    \$fiber->resume(\$msg);
};
Worker::runAll();
PHP);
$server->waitReady();
$c = wm_connect($port);
fwrite($c, "stream\n");
echo wm_read_exact($c, 4);
fwrite($c, "go\n");
echo wm_read_exact($c, 13);
fclose($c);
$server->stop();
?>
--EXPECT--
one
two after go
