--TEST--
UDP: udp:// worker echoes each datagram raw (one onMessage per datagram, up to 60000 bytes); no onConnect/onClose
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_udp_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('udp://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onConnect = function () { echo "onConnect\\n"; };
\$w->onClose = function () { echo "onClose\\n"; };
\$w->onMessage = function (\$c, \$data) {
    echo get_class(\$c), " ", \$c->transport, " ", var_export(\$c->protocol, true), " ", strlen(\$data), "\\n";
    var_dump(\$c->send("re:" . \$data));
};
Worker::runAll();
PHP);
$server->waitReady();
$c = wm_udp_client("udp://127.0.0.1:$port");
foreach (["hello", "a\nb\n", str_repeat('x', 60000)] as $msg) {
    fwrite($c, $msg);
    $reply = wm_udp_recv($c);
    var_dump($reply === "re:$msg");
}
$out = $server->stop();
echo preg_replace('/^(?!Workerman.Conn|bool|on).*\n/m', '', $out);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
Workerman\Connection\UdpConnection udp NULL 5
bool(true)
Workerman\Connection\UdpConnection udp NULL 4
bool(true)
Workerman\Connection\UdpConnection udp NULL 60000
bool(true)
