--TEST--
Ws client differential: the same client script under the extension and under Workerman 4.2.1 against the same plain-PHP server: bytes the server receives and what the client prints
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php
require __DIR__ . '/../include/differential.inc';
if (!wm_workerman_dir()) die('skip WORKERMAN_DIR not set');
?>
--FILE--
<?php
require __DIR__ . '/../include/differential.inc';
require __DIR__ . '/../include/wsclient.inc';
$wsport = wm_free_port();
$srv = wsc_listen($wsport);
$code = str_replace('__WSPORT__', (string)$wsport, <<<'PHP'
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;
use Workerman\Protocols\Ws;
function out(...$a) { echo "> " . implode(' ', array_map(fn($v) => is_string($v) ? json_encode(strlen($v) > 60 ? strlen($v) . ' bytes ' . strtr(md5($v), '0123456789', 'ghijklmnop') : $v, JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE) : var_export($v, true), $a)) . "\n"; }
function client($n) {
    $c = new AsyncTcpConnection('ws://127.0.0.1:__WSPORT__/d' . $n . '?x=1');
    $c->headers = ['X-N' => $n];
    $c->websocketClientProtocol = 'p1';
    out('early', $n, $c->send("early $n"));
    $c->onConnect = function ($c) { out('onConnect', $c->send('in onConnect')); };
    $c->onWebSocketConnect = function ($c, $head) {
        out('onWebSocketConnect', preg_replace('/Accept: \S+/', 'Accept: X', $head), $c->websocketServerProtocol ?? null);
    };
    $c->onMessage = function ($c, $d) {
        out('message', $d, bin2hex($c->websocketType ?? ''));
        if ($d === 'binary') {
            $c->websocketType = Ws::BINARY_TYPE_ARRAYBUFFER;
        }
        if ($d === 'callbacks') {
            $c->onWebSocketPing = function ($c, $p) { out('ping', $p, bin2hex($c->websocketType)); $c->send("cb $p"); };
            $c->onWebSocketPong = function ($c, $p) { out('pong', $p); };
            $c->onWebSocketClose = function ($c) { out('onWebSocketClose'); $c->close(); };
        }
        $c->send(strlen($d) > 60 ? $d : "echo $d");
    };
    $c->onClose = function ($c) use ($n) {
        out('onClose', $n);
        if ($n < 3) {
            client($n + 1);
        }
    };
    $c->connect();
}
$w = new Worker();
$w->onWorkerStart = function () {
    client(1);
    wm_ready();
};
Worker::runAll();
PHP);
$scenario = function (WmServer $server, int $port) use ($srv, $wsport) {
    $server->waitReady();
    $t = '';
    $frames = function ($c, $n) use (&$t) {
        for ($i = 0; $i < $n; $i++) {
            $t .= wsc_describe(wsc_read_frame($c)) . "\n";
        }
    };
    // 1: the full exchange
    $c = wsc_accept($srv);
    $head = wsc_read_head($c);
    $t .= wsc_show($head, $wsport);
    fwrite($c, wsc_reply($head, "Sec-WebSocket-Protocol: p1 \r\n") . wsc_frame('hi'));
    $frames($c, 3);
    fwrite($c, wsc_frame('a', 1, false) . wsc_frame('b', 0, false) . wsc_frame('c', 0));
    $frames($c, 1);
    fwrite($c, wsc_frame('binary', 2));
    $frames($c, 1);
    fwrite($c, wsc_frame(str_repeat('z', 70000), 2));
    $frames($c, 1);
    fwrite($c, wsc_frame('P', 9) . wsc_frame('Q', 10) . wsc_frame('callbacks'));
    $frames($c, 2);
    fwrite($c, wsc_frame('P2', 9) . wsc_frame('Q2', 10));
    $frames($c, 1);
    fwrite($c, wsc_frame('', 8));
    $t .= 'closed: ' . var_export(wsc_closed($c), true) . "\n";
    // 2: wrong accept
    $c = wsc_accept($srv);
    $head = wsc_read_head($c);
    fwrite($c, "HTTP/1.1 101 Switching Protocols\r\nSec-WebSocket-Accept: nope\r\n\r\n");
    $t .= 'closed: ' . var_export(wsc_closed($c), true) . "\n";
    // 3: default close, then a masked frame is never reached
    $c = wsc_accept($srv);
    $head = wsc_read_head($c);
    fwrite($c, wsc_reply($head) . wsc_frame('x', 1, true, 'abcd'));
    $frames($c, 2);
    $t .= 'closed: ' . var_export(wsc_closed($c), true) . "\n";
    $server->waitFor('> "onClose" 3');
    return $t;
};
wm_assert_same(wm_differential($code, $scenario));
?>
--EXPECT--
same
