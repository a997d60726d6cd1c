--TEST--
WebSocket: frames sent before the handshake (onConnect, onWebSocketConnect) wait and follow the 101 in order; send() returns null for them; over maxSendBufferSize onBufferFull fires, then onError drops; a timer send after the 101 goes straight out
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
    \$n++;
    var_dump(\$c->send('from onConnect'));
    if (\$n === 2) {
        \$c->maxSendBufferSize = 20;
    }
};
\$w->onWebSocketConnect = function (\$c, \$h) {
    var_dump(\$c->send('from onWebSocketConnect'));
    var_dump(\$c->send('third'));
};
\$w->onBufferFull = function (\$c) { echo "buffer full\\n"; };
\$w->onError = function (\$c, \$code, \$msg) { echo "error \$code \$msg\\n"; };
\$w->onMessage = function (\$c, \$d) { var_dump(\$c->send("echo \$d")); };
Worker::runAll();
PHP);
$server->waitReady();
[$c, $head] = wm_ws_handshake($port);
echo substr($head, 0, 32), "\n";
for ($i = 0; $i < 3; $i++) {
    echo wm_ws_read_frame($c)['payload'], "\n";
}
fwrite($c, wm_ws_frame('x'));
echo wm_ws_read_frame($c)['payload'], "\n";
$server->waitFor("bool(true)");
// 2: maxSendBufferSize 20: the 16-byte frame fits, the 25-byte one fills (onBufferFull),
// the third is dropped (onError, WORKERMAN_SEND_FAIL)
[$c, $head] = wm_ws_handshake($port);
echo substr($head, 0, 32), "\n";
for ($i = 0; $i < 2; $i++) {
    echo wm_ws_read_frame($c)['payload'], "\n";
}
fwrite($c, wm_ws_frame('y'));
echo wm_ws_read_frame($c)['payload'], "\n";
$server->waitFor("bool(true)", 2);
$out = $server->stop();
echo substr($out, strpos($out, "WM_READY") + 9);
?>
--EXPECTF--
HTTP/1.1 101 Switching Protocols
from onConnect
from onWebSocketConnect
third
echo x
HTTP/1.1 101 Switching Protocols
from onConnect
from onWebSocketConnect
echo y
NULL
NULL
NULL
bool(true)
NULL
buffer full
NULL
error 2 send buffer full and drop package
NULL
bool(true)
%r(Workerman\[start\.php\] received signal SIGINT\n)?%rWorkerman[start.php] stopping%r( \.\.\.)?%r
Workerman[start.php] has been stopped
