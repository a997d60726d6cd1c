--TEST--
WebSocket control frames: ping auto-pong, onWebSocketPing/onWebSocketPong on the worker or the connection (sends inside are pongs, websocketType restored), close without callback replies 88 02 03 e8, onWebSocketClose leaves the connection open
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('websocket://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onConnect = function (\$c) {
    static \$n = 0;
    if (++\$n === 2) {
        \$c->onWebSocketPing = function (\$c, \$d) { echo "ping [\$d] type ", bin2hex(\$c->websocketType), "\\n"; \$c->send("re:\$d"); };
        \$c->onWebSocketPong = function (\$c, \$d) { echo "pong [\$d]\\n"; };
        \$c->onWebSocketClose = function (\$c) { echo "close frame\\n"; \$c->send('still open'); };
    }
};
\$w->onMessage = function (\$c, \$d) { echo "message [\$d] type ", bin2hex(\$c->websocketType), "\\n"; \$c->send(\$d); };
\$w->onClose = function (\$c) { echo "close\\n"; };
Worker::runAll();
PHP);
$server->waitReady();
// 1: defaults
[$c] = wm_ws_handshake($port);
fwrite($c, wm_ws_frame('p1', 0x89) . wm_ws_frame('', 0x89) . wm_ws_frame('ignored', 0x8a) . wm_ws_frame('m'));
foreach ([1, 2, 3] as $i) {
    $f = wm_ws_read_frame($c);
    echo bin2hex($f['raw']), " [", $f['payload'], "]\n";
}
fwrite($c, wm_ws_frame("\x03\xe8", 0x88));
echo bin2hex(wm_read_all($c)), "\n";
$server->waitFor("close\n", 1);
// 2: callbacks on the connection
[$c] = wm_ws_handshake($port);
fwrite($c, wm_ws_frame('p2', 0x89) . wm_ws_frame('q2', 0x8a) . wm_ws_frame('after'));
foreach ([1, 2] as $i) {
    $f = wm_ws_read_frame($c);
    echo bin2hex($f['raw']), " [", $f['payload'], "]\n";
}
fwrite($c, wm_ws_frame('', 0x88));
$f = wm_ws_read_frame($c);
echo bin2hex($f['raw']), " [", $f['payload'], "]\n";
fclose($c);
$server->waitFor("close\n", 2);
$out = $server->stop();
echo substr($out, strpos($out, "WM_READY") + 9);
?>
--EXPECTF--
8a02 [p1]
8a00 []
8101 [m]
880203e8
8a05 [re:p2]
8105 [after]
810a [still open]
message [m] type 81
close
ping [p2] type 8a
pong [q2]
message [after] type 81
close frame
close
%r(Workerman\[start\.php\] received signal SIGINT\n)?%rWorkerman[start.php] stopping%r( \.\.\.)?%r
Workerman[start.php] has been stopped
