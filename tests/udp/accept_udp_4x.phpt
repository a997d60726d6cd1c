--TEST--
Worker::acceptUdpConnection($socket) [4]: one datagram from the Worker's (paused) socket or an app's udp socket to the Worker's onMessage and protocol, replies through that socket; false when none is waiting
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
putenv('WM_API=4'); // a 4.2.1 method
$port = wm_free_udp_port();
$port2 = wm_free_udp_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Timer;
\$w = new Worker('udp://127.0.0.1:$port');
\$w->protocol = 'Workerman\\\\Protocols\\\\Text';
\$w->onWorkerStart = function (\$w) {
    \$w->pauseAccept();
    var_dump(\$w->acceptUdpConnection(\$w->getMainSocket()));
    \$extra = stream_socket_server('udp://127.0.0.1:$port2', \$errno, \$errstr, STREAM_SERVER_BIND);
    Timer::add(0.01, function () use (\$w, \$extra) {
        while (\$w->acceptUdpConnection(\$w->getMainSocket())) {
            echo "accepted main\\n";
        }
        if (\$w->acceptUdpConnection(\$extra)) {
            echo "accepted extra\\n";
        }
    });
    wm_ready();
};
\$w->onMessage = function (\$c, \$data) { \$c->send("re:\$data"); };
Worker::runAll();
PHP);
$server->waitReady();
$c = wm_udp_client("udp://127.0.0.1:$port");
fwrite($c, "one\ntwo\n");
var_dump(wm_udp_recv($c), wm_udp_recv($c));
$d = wm_udp_client("udp://127.0.0.1:$port2");
fwrite($d, "three\n");
var_dump(wm_udp_recv($d));
$out = $server->stop();
echo preg_replace('/^(?!bool|accepted).*\n/m', '', $out);
?>
--EXPECT--
string(7) "re:one
"
string(7) "re:two
"
string(9) "re:three
"
bool(false)
accepted main
accepted extra
