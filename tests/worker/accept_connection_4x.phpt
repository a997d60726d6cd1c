--TEST--
Worker::acceptConnection($socket) [4]: one accept on the Worker's paused listener or on a listening stream of the app, served with the Worker's callbacks and protocol; nothing pending: nothing happens
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
putenv('WM_API=4'); // a 4.2.1 method
$port = wm_free_port();
$port2 = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Events\EventInterface;
\$w = new Worker('text://127.0.0.1:$port');
\$w->onWorkerStart = function (\$w) use (&\$extra) {
    \$w->pauseAccept();
    var_dump(\$w->acceptConnection(\$w->getMainSocket())); // nothing pending
    // The 4.x way to serve another listening socket as this Worker's.
    \$extra = stream_socket_server('tcp://127.0.0.1:$port2');
    Worker::\$globalEvent->add(\$extra, EventInterface::EV_READ, function (\$socket) use (\$w) {
        \$w->acceptConnection(\$socket);
    });
    wm_ready();
};
\$w->onConnect = function (\$c) { echo "connect ", count(\$c->worker->connections), "\\n"; };
\$w->onMessage = function (\$c, \$data) use (\$w) {
    if (\$data === 'accept') {
        \$w->acceptConnection(\$w->getMainSocket());
    }
    \$c->send("echo:\$data");
};
\$w->onClose = function (\$c) { echo "close\\n"; };
Worker::runAll();
PHP);
$server->waitReady();
$other = wm_connect($port2);
fwrite($other, "accept\n");
echo wm_read_exact($other, 12);
$main = wm_connect($port); // the kernel queues it: the Worker does not accept while paused
$server->waitFor("connect 2\n", 1, 0.3);
var_dump(substr_count($server->output, "connect"));
fwrite($other, "accept\n");
echo wm_read_exact($other, 12);
fwrite($main, "hello\n");
echo wm_read_exact($main, 11);
fclose($main);
fclose($other);
$server->waitFor("close\n", 2);
$out = $server->stop();
echo preg_replace('/^(?!NULL|connect|close).*\n/m', '', $out);
?>
--EXPECT--
echo:accept
int(1)
echo:accept
echo:hello
NULL
connect 1
connect 2
close
close
