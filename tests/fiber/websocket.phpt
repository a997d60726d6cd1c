--TEST--
Fiber mode: a suspended onWebSocketConnect holds back the frames sent right after the upgrade; after the handshake a later frame overtakes a suspended onMessage (5.2.2 + Revolt)
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
\$w = new Worker('websocket://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onWebSocketConnect = function (\$c, \$request) {
    Timer::sleep(0.1);
    \$c->user = \$request->get('user');
};
\$w->onMessage = function (\$c, \$msg) {
    if (\$msg === 'slow') {
        echo "slow begins\\n";
        Timer::sleep(0.2);
    }
    \$c->send("\$c->user:\$msg");
};
Worker::runAll();
PHP);
$server->waitReady();
$c = wm_connect($port);
fwrite($c, wm_ws_request('/?user=ann') . wm_ws_frame('first'));
echo strtok(wm_ws_read_head($c), "\r"), "\n";
echo wm_ws_read_frame($c)['payload'], "\n";
fwrite($c, wm_ws_frame('slow'));
$server->waitFor("slow begins\n");
fwrite($c, wm_ws_frame('quick'));
echo wm_ws_read_frame($c)['payload'], "\n";
echo wm_ws_read_frame($c)['payload'], "\n";
fclose($c);
$server->stop();
?>
--EXPECT--
HTTP/1.1 101 Switching Protocol
ann:first
ann:quick
ann:slow
