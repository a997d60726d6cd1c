--TEST--
Differential (5.2.2): a scripted WebSocket session under API profile 5 (handshake with a Request and headers, frames of every length class, fragments, ping/pong/close, websocketType, rejections, protocol errors) gives the same bytes and output as Workerman 5.2.2
--EXTENSIONS--
workerman
posix
pcntl
--SKIPIF--
<?php require __DIR__ . '/../include/differential.inc'; if (!wm_workerman5_dir()) die('skip set WORKERMAN5_DIR to a Workerman 5.2.2 tree (and WORKERMAN_COROUTINE_DIR to workerman/coroutine)'); ?>
--FILE--
<?php
require __DIR__ . '/../include/differential.inc';
wm_assert_same(wm_differential5(<<<'PHP'
use Workerman\Worker;
use Workerman\Protocols\Websocket;
$w = new Worker('websocket://127.0.0.1:__PORT__');
$w->onWorkerStart = function () { wm_ready(); };
$w->onWebSocketConnect = function ($c, $request) {
    echo "connect ", get_class($request), " ", $request->uri(), "\n";
    echo json_encode($request->get()), "\n", json_encode($request->cookie()), "\n", json_encode($request->header()), "\n";
    var_dump($c->send("early"));
    if ($request->get('reject') === '1') {
        $c->close();
        return;
    }
    $c->headers = ['X-A: 1', 'X-B: 2'];
};
$w->onWebSocketPong = function ($c, $data) { echo "pong [$data]\n"; };
$w->onMessage = function ($c, $data) {
    echo "message ", strlen($data), " ", md5($data), "\n";
    if ($data === 'binary') {
        $c->websocketType = Websocket::BINARY_TYPE_ARRAYBUFFER;
    }
    if ($data === 'type') {
        var_dump(bin2hex($c->websocketType));
    }
    if ($data === 'array') {
        try {
            $c->send([1]);
        } catch (\Exception $e) {
            echo get_class($e), ": ", $e->getMessage(), "\n";
        }
        return;
    }
    var_dump($c->send($data));
};
$w->onClose = function ($c) { echo "close\n"; };
Worker::runAll();
PHP, function (WmServer $server, int $port, array &$extraPorts) {
    $server->waitReady();
    $out = '';
    $frame = function ($p, $first = 0x81, $mask = true) { return wm_ws_frame($p, $first, $mask); };
    $digest = function (string $bytes) { return strlen($bytes) > 300 ? 'len=' . strlen($bytes) . ' md5=' . md5($bytes) : bin2hex($bytes); };
    $readn = function ($c, $n) { return wm_read_exact($c, $n); };

    // 1: a full session
    $c = wm_connect($port);
    fwrite($c, wm_ws_request('/chat/room?x=1&y[]=2&z=%41', "Cookie: a=1; b=two\r\nHost: example.test:8080\r\nX-Custom-Thing: v \r\n"));
    $out .= "head: " . wm_ws_read_head($c) . "\n";
    $f = wm_ws_read_frame($c);
    $out .= "early: " . $digest($f['raw'] . $f['payload']) . "\n";
    foreach ([0, 1, 125, 126, 65535, 65536] as $n) {
        fwrite($c, $frame(str_repeat(chr(65 + $n % 26), $n)));
        $f = wm_ws_read_frame($c);
        $out .= "echo $n: " . $digest($f['raw'] . $f['payload']) . "\n";
        $server->waitFor("message $n ");
    }
    // fragments: text in three frames, then ping (auto pong) and pong (callback) in one write
    fwrite($c, $frame('frag-', 0x01) . $frame('ment-', 0x00) . $frame('ed', 0x80) . $frame('ping!', 0x89) . $frame('pong!', 0x8a));
    $f = wm_ws_read_frame($c);
    $out .= "fragments: " . $digest($f['raw'] . $f['payload']) . "\n";
    $f = wm_ws_read_frame($c);
    $out .= "pong reply: " . $digest($f['raw'] . $f['payload']) . "\n";
    $server->waitFor("pong [pong!]");
    fwrite($c, $frame('type'));
    $f = wm_ws_read_frame($c);
    $out .= "type: " . $digest($f['raw'] . $f['payload']) . "\n";
    fwrite($c, $frame('binary'));
    $f = wm_ws_read_frame($c);
    $out .= "binary: " . $digest($f['raw'] . $f['payload']) . "\n";
    fwrite($c, $frame('array'));
    $server->waitFor("message 5 " . md5('array'));
    // a frame split across writes
    $big = $frame(str_repeat('q', 300));
    fwrite($c, substr($big, 0, 3));
    usleep(50000);
    fwrite($c, substr($big, 3, 100));
    usleep(50000);
    fwrite($c, substr($big, 103));
    $f = wm_ws_read_frame($c);
    $out .= "split: " . $digest($f['raw'] . $f['payload']) . "\n";
    // unmasked frame closes
    fwrite($c, $frame('nomask', 0x81, false));
    $out .= "after unmasked: " . $digest(wm_read_all($c)) . "\n";
    $server->waitFor("close\n", 1);

    // 2: close frame without onWebSocketClose, pipelined after the handshake
    $c = wm_connect($port);
    fwrite($c, wm_ws_request('/') . $frame('hi') . $frame('', 0x88));
    $out .= "close frame: " . $digest(wm_read_all($c)) . "\n";
    $server->waitFor("close\n", 2);

    // 3: bad opcode
    $c = wm_connect($port);
    fwrite($c, wm_ws_request('/'));
    wm_ws_read_head($c);
    wm_ws_read_frame($c);
    fwrite($c, $frame('zz', 0x83));
    $out .= "bad opcode: " . $digest(wm_read_all($c)) . "\n";
    $server->waitFor("close\n", 3);

    // 4: not GET, 5: no version, 6: rejected in onWebSocketConnect, 7: version 8, 8: no key
    foreach (["POST / HTTP/1.1\r\nHost: x\r\n\r\n", "GET / HTTP/1.1\r\nHost: x\r\n\r\n", wm_ws_request('/?reject=1'),
        "GET / HTTP/1.1\r\nHost: x\r\nSec-WebSocket-Version: 8\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: x\r\nSec-WebSocket-Version: 13\r\n\r\n"] as $i => $req) {
        $c = wm_connect($port);
        fwrite($c, $req);
        $out .= "reject $i: " . wm_read_all($c) . "\n";
        $server->waitFor("close\n", 4 + $i);
    }
    return $out;
}));
?>
--EXPECT--
same
