--TEST--
Ws client: send() before connect and before the reply is queued (null) and flushed after onWebSocketConnect (whose own sends go first, as in 4.2.1); frames in the same packet as the reply are parsed, also after a pauseRecv() in onWebSocketConnect
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
use Workerman\Connection\AsyncTcpConnection;
function out(...$a) { echo "> " . implode(' ', array_map(fn($v) => is_string($v) ? json_encode($v, JSON_UNESCAPED_SLASHES) : var_export($v, true), $a)) . "\n"; }
$w = new Worker();
$w->onWorkerStart = function () {
    $c = new AsyncTcpConnection('ws://127.0.0.1:__WSPORT__/q');
    out('early1', $c->send('early1'), $c->getStatus(false));
    $c->connect();
    out('early2', $c->send('early2'), $c->getStatus(false));
    $c->onConnect = function ($c) { out('onConnect', $c->send('in onConnect')); };
    $c->onWebSocketConnect = function ($c) {
        out('onWebSocketConnect', $c->send('in onWebSocketConnect'));
        // paused here: the handshake still completes, the frames after it wait
        $c->pauseRecv();
        \Workerman\Timer::add(0.05, function () use ($c) { out('resume'); $c->resumeRecv(); }, [], false);
    };
    $c->onMessage = function ($c, $d) { out('message', $d); };
    $c->onClose = function ($c) { out('onClose'); };
    wm_ready();
};
Worker::runAll();
PHP));
$server->waitReady();
$c = wsc_accept($srv);
$head = wsc_read_head($c);
echo wsc_show($head, $wsport), "---\n";
$r = [$c];
$w = $e = null;
echo "bytes before the reply: ", stream_select($r, $w, $e, 0, 200000), "\n";
fwrite($c, wsc_reply($head) . wsc_frame('first') . wsc_frame('second'));
for ($i = 0; $i < 4; $i++) {
    echo wsc_describe(wsc_read_frame($c)), "\n";
}
$server->waitFor('"second"');
fclose($c);
$server->waitFor('> "onClose"');
echo wsc_worker_output($server->stop());
?>
--EXPECT--
GET /q HTTP/1.1\r\n
Host: 127.0.0.1:PORT\r\n
Connection: Upgrade\r\n
Upgrade: websocket\r\n
Sec-WebSocket-Version: 13\r\n
Sec-WebSocket-Key: KEY\r\n
\r\n
---
bytes before the reply: 0
frame first=81 masked=1 key=00000000 head=81 95 00 00 00 00 payload="in onWebSocketConnect"
frame first=81 masked=1 key=00000000 head=81 86 00 00 00 00 payload="early1"
frame first=81 masked=1 key=00000000 head=81 86 00 00 00 00 payload="early2"
frame first=81 masked=1 key=00000000 head=81 8c 00 00 00 00 payload="in onConnect"
> "early1" NULL "INITIAL"
> "early2" NULL "CONNECTING"
> "onConnect" NULL
> "onWebSocketConnect" true
> "resume"
> "message" "first"
> "message" "second"
> "onClose"
