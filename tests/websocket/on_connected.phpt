--TEST--
WebSocket (5.x): onWebSocketConnected($connection, $request) runs after the 101 with an Http\Request of the handshake, before the frames queued earlier; a connection-level one wins over the worker's; frames in the handshake packet follow it; not called when onWebSocketConnect closed the connection
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
\$w = new Worker('websocket://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onConnect = function (\$c) {
    static \$n = 0;
    if (++\$n === 3) {
        \$c->onWebSocketConnected = function (\$c, \$r) { echo "connection-level " . \$r->path() . "\\n"; };
    }
};
\$w->onWebSocketConnect = function (\$c, \$h) {
    if (str_contains(\$h, 'X-Reject')) {
        echo "rejecting\\n";
        \$c->close();
        return;
    }
    var_dump(\$c->send('queued before the 101'));
};
\$w->onWebSocketConnected = function (\$c, \$r) {
    echo "connected " . get_class(\$r) . " " . \$r->method() . " " . \$r->path() . " a=" . \$r->get('a')
        . " x-test=" . \$r->header('x-test') . " status=" . \$c->getStatus() . "\\n";
    var_dump(\$c->send('from onWebSocketConnected'));
};
\$w->onMessage = function (\$c, \$d) { \$c->send("echo \$d"); };
Worker::runAll();
PHP);
$server->waitReady();

// 1: the 101, then the frame sent in onWebSocketConnected, then the one queued before it;
// the frame that came in the same packet as the handshake is answered after them.
$c = wm_connect($port);
fwrite($c, wm_ws_request('/chat?a=1', "X-Test: yes\r\n") . wm_ws_frame('early'));
echo substr(wm_ws_read_head($c), 0, 32), "\n";
for ($i = 0; $i < 3; $i++) {
    echo wm_ws_read_frame($c)['payload'], "\n";
}
$server->waitFor("bool(true)");

// 2: closed in onWebSocketConnect: no 101, no onWebSocketConnected
$c2 = wm_connect($port);
fwrite($c2, wm_ws_request('/', "X-Reject: 1\r\n"));
var_dump(wm_ws_read_head($c2, 2.0));
$server->waitFor("rejecting");

// 3: a callback set on the connection replaces the worker's
[$c3, $head] = wm_ws_handshake($port, '/own');
echo substr($head, 0, 32), "\n";
echo wm_ws_read_frame($c3)['payload'], "\n";
$server->waitFor("connection-level /own");

$out = $server->stop();
echo substr($out, strpos($out, "WM_READY") + 9);
?>
--EXPECTF--
HTTP/1.1 101 Switching Protocols
from onWebSocketConnected
queued before the 101
echo early
string(0) ""
HTTP/1.1 101 Switching Protocols
queued before the 101
NULL
connected Workerman\Protocols\Http\Request GET /chat a=1 x-test=yes status=2
bool(true)
rejecting
NULL
connection-level /own
%r(Workerman\[start\.php\] received signal SIGINT\n)?%rWorkerman[start.php] stopping%r( \.\.\.)?%r
Workerman[start.php] has been stopped
