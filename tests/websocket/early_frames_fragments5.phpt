--TEST--
WebSocket (5.x): frames sent in onWebSocketConnect wait for the 101 and leave after onWebSocketConnected, while a resumeRecv() there parses the fragmented message that came with the handshake (the early frames and the fragments share one buffer in the connection's state)
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
\$w = new Worker('websocket://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onWebSocketConnect = function (\$c, \$r) {
    \$c->send('early one');
    \$c->send('early two');
};
\$w->onWebSocketConnected = function (\$c, \$r) {
    echo "connected\\n";
    \$c->pauseRecv();
    \$c->resumeRecv();
    \$c->send('from onWebSocketConnected');
};
\$w->onMessage = function (\$c, \$d) { echo "message \$d\\n"; \$c->send("echo \$d"); };
Worker::runAll();
PHP);
$server->waitReady();
$c = wm_connect($port);
// The handshake and a message in three fragments, in one write.
fwrite($c, wm_ws_request('/') . wm_ws_frame('frag-a ', 0x01) . wm_ws_frame('frag-b ', 0x00) . wm_ws_frame('frag-c', 0x80));
echo substr(wm_ws_read_head($c), 0, 32), "\n";
for ($i = 0; $i < 4; $i++) {
    echo wm_ws_read_frame($c)['payload'], "\n";
}
fwrite($c, wm_ws_frame('again'));
echo wm_ws_read_frame($c)['payload'], "\n";
$server->waitFor("message again");
$out = $server->stop();
preg_match_all('/^(connected|message .*)$/m', $out, $m);
echo implode("\n", $m[0]), "\n";
?>
--EXPECT--
HTTP/1.1 101 Switching Protocol
echo frag-a frag-b frag-c
from onWebSocketConnected
early one
early two
echo again
connected
message frag-a frag-b frag-c
message again
