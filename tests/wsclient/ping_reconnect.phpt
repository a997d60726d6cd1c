--TEST--
Ws client: websocketPingInterval sends "\x89\x80\x00\x00\x00\x00" and its timer goes on close; reconnect() from onClose redoes the handshake with a new key; a masked server frame closes the connection
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/wsclient.inc';
$wsport = wm_free_port();
$srv = wsc_listen($wsport);
$server = new WmServer(str_replace('__WSPORT__', (string)$wsport, <<<'PHP'
use Workerman\Worker;
use Workerman\Timer;
use Workerman\Connection\AsyncTcpConnection;
function out(...$a) { echo "> " . implode(' ', array_map(fn($v) => is_string($v) ? json_encode($v, JSON_UNESCAPED_SLASHES) : var_export($v, true), $a)) . "\n"; }
$w = new Worker();
$w->onWorkerStart = function () {
    $c = new AsyncTcpConnection('ws://127.0.0.1:__WSPORT__/r');
    $c->websocketPingInterval = 0.05;
    $round = 0;
    $c->onWebSocketConnect = function ($c) use (&$round) {
        $round++;
        out('onWebSocketConnect', $round, Worker::$globalEvent->getTimerCount());
        $c->send("round $round");
    };
    $c->onMessage = function ($c, $d) { out('message', $d); };
    $c->onClose = function ($c) use (&$round) {
        out('onClose', $round);
        if ($round === 1) {
            $c->reconnect();
        } else {
            Timer::add(0.01, function () { out('timers after close', Worker::$globalEvent->getTimerCount()); }, [], false);
        }
    };
    $c->connect();
    wm_ready();
};
Worker::runAll();
PHP));
$server->waitReady();
$keys = [];
$c = wsc_accept($srv);
$head = wsc_read_head($c);
$keys[] = wsc_key($head);
fwrite($c, wsc_reply($head));
echo wsc_describe(wsc_read_frame($c)), "\n";
echo wsc_describe(wsc_read_frame($c)), "\n";
echo wsc_describe(wsc_read_frame($c)), "\n";
fclose($c);
$c = wsc_accept($srv);
$head = wsc_read_head($c);
$keys[] = wsc_key($head);
echo wsc_show($head, $wsport), "---\n";
echo "new key: ", var_export($keys[0] !== $keys[1] && strlen($keys[1]) === 24, true), "\n";
fwrite($c, wsc_reply($head));
echo wsc_describe(wsc_read_frame($c)), "\n";
echo wsc_describe(wsc_read_frame($c)), "\n";
fwrite($c, wsc_frame('masked', 1, true, "abcd"));
echo "closed: ", var_export(wsc_closed($c), true), "\n";
$server->waitFor('timers after close');
echo wsc_worker_output($server->stop());
?>
--EXPECT--
frame first=81 masked=1 key=00000000 head=81 87 00 00 00 00 payload="round 1"
frame first=89 masked=1 key=00000000 head=89 80 00 00 00 00 payload=""
frame first=89 masked=1 key=00000000 head=89 80 00 00 00 00 payload=""
GET /r HTTP/1.1\r\n
Host: 127.0.0.1:PORT\r\n
Connection: Upgrade\r\n
Upgrade: websocket\r\n
Sec-WebSocket-Version: 13\r\n
Sec-WebSocket-Key: KEY\r\n
\r\n
---
new key: true
frame first=81 masked=1 key=00000000 head=81 87 00 00 00 00 payload="round 2"
frame first=89 masked=1 key=00000000 head=89 80 00 00 00 00 payload=""
closed: true
> "onWebSocketConnect" 1 0
> "onClose" 1
> "onWebSocketConnect" 2 0
frame masked so close the connection
> "onClose" 2
> "timers after close" 0
