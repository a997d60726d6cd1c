--TEST--
WebSocket handshake: the 101 bytes of 4.2.1, headers as list or string, the two 400 rejections, a head split over reads with frames after it, a head that never ends is cut at maxPackageSize
--EXTENSIONS--
workerman
posix
--FILE--
<?php
putenv('WM_API=4'); // 4.2.1's handshake bytes and superglobals (profile 5's: handshake5.phpt)
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
\$w = new Worker('websocket://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onConnect = function (\$c) {
    static \$n = 0;
    \$n++;
    if (\$n === 2) { \$c->headers = ['X-One: 1', 'server: mine']; }
    if (\$n === 3) { \$c->headers = "X-Str: a\\r\\nX-Server: b"; }
    if (\$n === 7) { \$c->maxPackageSize = 100; }
};
\$w->onMessage = function (\$c, \$d) { \$c->send("got \$d"); };
\$w->onClose = function (\$c) { echo "close\\n"; };
Worker::runAll();
PHP);
$server->waitReady();
// 1: plain
[$c, $head] = wm_ws_handshake($port);
echo $head;
// 2: list of headers with its own Server line
[$c2, $head] = wm_ws_handshake($port);
echo $head;
// 3: a string: "Server:" anywhere in it counts
[$c3, $head] = wm_ws_handshake($port);
echo $head;
// 4: not GET, 5: no key
foreach (["POST / HTTP/1.1\r\n\r\n", "GET / HTTP/1.1\r\nHost: x\r\n\r\n"] as $i => $req) {
    $c = wm_connect($port);
    fwrite($c, $req);
    var_dump(wm_read_all($c));
    $server->waitFor("close\n", $i + 1);
}
// 6: head in pieces (3 bytes, then most of it), then the rest with two frames
$c = wm_connect($port);
$req = wm_ws_request('/');
fwrite($c, substr($req, 0, 3));
usleep(20000);
fwrite($c, substr($req, 3, 40));
usleep(20000);
fwrite($c, substr($req, 43) . wm_ws_frame('a') . wm_ws_frame('b'));
echo wm_ws_read_head($c);
var_dump(wm_ws_read_frame($c)['payload'], wm_ws_read_frame($c)['payload']);
// 7: a head that never ends: closed once maxPackageSize (100) bytes wait
$c = wm_connect($port);
fwrite($c, "GET /" . str_repeat('a', 150));
var_dump(wm_read_all($c));
$server->waitFor("close\n", 3);
echo "done\n";
$server->stop();
?>
--EXPECTF--
HTTP/1.1 101 Switching Protocols
Upgrade: websocket
Sec-WebSocket-Version: 13
Connection: Upgrade
Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=
Server: workerman/%s

HTTP/1.1 101 Switching Protocols
Upgrade: websocket
Sec-WebSocket-Version: 13
Connection: Upgrade
Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=
X-One: 1
server: mine

HTTP/1.1 101 Switching Protocols
Upgrade: websocket
Sec-WebSocket-Version: 13
Connection: Upgrade
Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=
X-Str: a
X-Server: b

string(121) "HTTP/1.0 400 Bad Request
Server: workerman

<div style="text-align:center"><h1>400 Bad Request</h1><hr>workerman</div>"
string(115) "HTTP/1.0 400 Bad Request
Server: workerman

<div style="text-align:center"><h1>WebSocket</h1><hr>workerman</div>"
HTTP/1.1 101 Switching Protocols
Upgrade: websocket
Sec-WebSocket-Version: 13
Connection: Upgrade
Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=
Server: workerman/%s

string(5) "got a"
string(5) "got b"
string(0) ""
done
