--TEST--
Ws client: exact handshake bytes (Host, Origin, Sec-WebSocket-Protocol, user headers), onWebSocketConnect, websocketServerProtocol, text/binary frames with 4.2.1's masks and length forms
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
use Workerman\Protocols\Ws;
function out(...$a) { echo "> " . implode(' ', array_map(fn($v) => is_string($v) ? json_encode($v, JSON_UNESCAPED_SLASHES) : var_export($v, true), $a)) . "\n"; }
$w = new Worker();
$w->onWorkerStart = function () {
    $c = new AsyncTcpConnection('ws://127.0.0.1:__WSPORT__/path?x=1');
    out('protocol', $c->protocol);
    $c->headers = ['X-Test' => 'a b', 'X-Num' => 2];
    $c->websocketOrigin = 'http://origin.test';
    $c->websocketClientProtocol = 'chat, superchat';
    $c->onConnect = function ($c) { out('onConnect', $c->websocketType ?? null, $c->getStatus(false)); };
    $c->onWebSocketConnect = function ($c, $head) {
        out('onWebSocketConnect', preg_replace('/Accept: \S+/', 'Accept: X', $head), $c->websocketServerProtocol);
        out('send', $c->send('hello'));
        out('type', bin2hex($c->websocketType));
    };
    $c->onMessage = function ($c, $data) {
        if ($data === 'binary') {
            $c->websocketType = Ws::BINARY_TYPE_ARRAYBUFFER;
        }
        out('message', strlen($data) > 40 ? strlen($data) . ' bytes ' . md5($data) : $data);
        $c->send(strlen($data) > 40 ? $data : "echo:$data");
    };
    $c->onClose = function ($c) { out('onClose'); };
    $c->connect();
    wm_ready();
};
Worker::runAll();
PHP));
$server->waitReady();
$c = wsc_accept($srv);
$head = wsc_read_head($c);
echo wsc_show($head, $wsport), "---\n";
echo strlen(base64_decode(wsc_key($head))), " key bytes\n";
fwrite($c, wsc_reply($head, "Sec-WebSocket-Protocol:   chat  \r\n"));
echo wsc_describe(wsc_read_frame($c)), "\n";
fwrite($c, wsc_frame('hi'));
echo wsc_describe(wsc_read_frame($c)), "\n";
fwrite($c, wsc_frame('binary', 2));
echo wsc_describe(wsc_read_frame($c)), "\n";
foreach ([125, 126, 65534, 65535, 65536, 200000] as $n) {
    fwrite($c, wsc_frame(str_repeat(chr(65 + $n % 26), $n), 2));
    $f = wsc_read_frame($c);
    echo "$n: ", wsc_describe($f), " same=", (int)($f['payload'] === str_repeat(chr(65 + $n % 26), $n)), "\n";
}
fclose($c);
$server->waitFor('> "onClose"');
echo wsc_worker_output($server->stop());
?>
--EXPECT--
GET /path?x=1 HTTP/1.1\r\n
Host: 127.0.0.1:PORT\r\n
Connection: Upgrade\r\n
Upgrade: websocket\r\n
Origin: http://origin.test\r\n
Sec-WebSocket-Protocol: chat, superchat\r\n
Sec-WebSocket-Version: 13\r\n
Sec-WebSocket-Key: KEY\r\n
X-Test: a b\r\n
X-Num: 2\r\n
\r\n
---
16 key bytes
frame first=81 masked=1 key=00000000 head=81 85 00 00 00 00 payload="hello"
frame first=81 masked=1 key=00000000 head=81 87 00 00 00 00 payload="echo:hi"
frame first=82 masked=1 key=00000000 head=82 8b 00 00 00 00 payload="echo:binary"
125: frame first=82 masked=1 key=00000000 head=82 fd 00 00 00 00 payload=125 bytes same=1
126: frame first=82 masked=1 key=00000000 head=82 fe 00 7e 00 00 00 00 payload=126 bytes same=1
65534: frame first=82 masked=1 key=00000000 head=82 fe ff fe 00 00 00 00 payload=65534 bytes same=1
65535: frame first=82 masked=1 key=00000000 head=82 ff 00 00 00 00 00 00 ff ff 00 00 00 00 payload=65535 bytes same=1
65536: frame first=82 masked=1 key=00000000 head=82 ff 00 00 00 00 00 01 00 00 00 00 00 00 payload=65536 bytes same=1
200000: frame first=82 masked=1 key=00000000 head=82 ff 00 00 00 00 00 03 0d 40 00 00 00 00 payload=200000 bytes same=1
> "protocol" "\\Workerman\\Protocols\\Ws"
> "onConnect" NULL "ESTABLISHED"
> "onWebSocketConnect" "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: X\r\nSec-WebSocket-Protocol:   chat  \r\n\r\n" "chat"
> "send" true
> "type" "81"
> "message" "hi"
> "message" "binary"
> "message" "125 bytes 442c58d2b134d4468136c522d431c354"
> "message" "126 bytes 7f0ffd5129645d9105f1fcafb194e35c"
> "message" "65534 bytes ecd474b17dd196531aec2a3af31da724"
> "message" "65535 bytes e0361a746f5a715ca74b2b3d9a34da7e"
> "message" "65536 bytes 60c465e99399c4c818a56e556c9dc606"
> "message" "200000 bytes 0d3dd792febd8067c176de5f0c14bd3b"
> "onClose"
