--TEST--
Ws client: reply without or with a wrong Sec-WebSocket-Accept prints 4.2.1's message and closes; a user Host header replaces the default one; string headers; port 80 has no ":80"
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
function client($n) {
    $c = new AsyncTcpConnection('ws://127.0.0.1:__WSPORT__');
    if ($n === 1) {
        $c->headers = ['host' => 'example.test', 'X-A' => '1'];
    } else {
        $c->headers = "  X-Raw: yes\r\nX-Two: 2\r\n\r\n";
    }
    $c->onWebSocketConnect = function ($c) { out('must not connect'); };
    $c->onMessage = function ($c, $d) { out('message', $d); };
    $c->onClose = function ($c) use ($n) {
        out('onClose', $n, $c->getStatus(false));
        if ($n === 1) {
            client(2);
        } else {
            // port 80 / 443 leave the port out of Host (the send is queued, never connected)
            $d = new AsyncTcpConnection('ws://127.0.0.1:80/x');
            out('queued', $d->send('a'));
            $d->close();
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
PHP));
$server->waitReady();
$c = wsc_accept($srv);
$head = wsc_read_head($c);
echo wsc_show($head, $wsport), "---\n";
fwrite($c, "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n" . wsc_frame('x'));
echo "closed: ", var_export(wsc_closed($c), true), "\n";
$c = wsc_accept($srv);
$head = wsc_read_head($c);
echo wsc_show($head, $wsport), "---\n";
fwrite($c, "HTTP/1.1 101 Switching Protocols\r\nSec-WebSocket-Accept: bm90IHRoZSByaWdodCBvbmU=\r\n\r\n");
echo "closed: ", var_export(wsc_closed($c), true), "\n";
$server->waitFor('> "onClose" 2');
echo wsc_worker_output($server->stop());
?>
--EXPECT--
GET / HTTP/1.1\r\n
Connection: Upgrade\r\n
Upgrade: websocket\r\n
Sec-WebSocket-Version: 13\r\n
Sec-WebSocket-Key: KEY\r\n
host: example.test\r\n
X-A: 1\r\n
\r\n
---
closed: true
GET / HTTP/1.1\r\n
Host: 127.0.0.1:PORT\r\n
Connection: Upgrade\r\n
Upgrade: websocket\r\n
Sec-WebSocket-Version: 13\r\n
Sec-WebSocket-Key: KEY\r\n
X-Raw: yes\r\n
X-Two: 2\r\n
\r\n
---
closed: true
Sec-WebSocket-Accept not found. Header:
HTTP/1.1 101 Switching Protocols
Upgrade: websocket
> "onClose" 1 "CLOSED"
Sec-WebSocket-Accept not match. Header:
HTTP/1.1 101 Switching Protocols
Sec-WebSocket-Accept: bm90IHRoZSByaWdodCBvbmU=
> "onClose" 2 "CLOSED"
> "queued" NULL
