--TEST--
WebSocket handshake limit: with Websocket::$handshakeTimeout = 1, connections with a partial upgrade request get a 408 and are closed, silent ones are closed without a word; a connection upgraded before them stays open (the limit ends with the 101)
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Protocols\Websocket;
Websocket::\$handshakeTimeout = 1;
\$w = new Worker('websocket://127.0.0.1:$port');
\$w->onMessage = function (\$c, \$data) { \$c->send("echo \$data"); };
\$w->onWorkerStart = function () { wm_ready(); };
Worker::runAll();
PHP);
$server->waitReady();

$upgrade = "GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
    . "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n";
$ws = wm_connect($port);
fwrite($ws, $upgrade);
$head = '';
while (!str_contains($head, "\r\n\r\n") && ($chunk = fread($ws, 1)) !== '' && $chunk !== false) {
    $head .= $chunk;
}
echo strtok($head, "\r"), "\n";

$conns = [];
for ($i = 0; $i < 10; $i++) {
    $c = wm_connect($port);
    fwrite($c, substr($upgrade, 0, 40));
    $conns["partial $i"] = $c;
}
for ($i = 0; $i < 10; $i++) {
    $conns["silent $i"] = wm_connect($port);
}
$got = array_fill_keys(array_keys($conns), '');
$open = $conns;
$deadline = microtime(true) + wm_timeout(10);
while ($open && ($left = $deadline - microtime(true)) > 0) {
    $r = array_values($open);
    $w = $e = null;
    if (stream_select($r, $w, $e, (int)$left, (int)(fmod($left, 1) * 1e6)) < 1) {
        break;
    }
    foreach ($open as $k => $c) {
        if (in_array($c, $r, true)) {
            $got[$k] .= (string)fread($c, 4096);
            if (feof($c)) {
                unset($open[$k]);
            }
        }
    }
}
$seen = [];
foreach ($got as $k => $bytes) {
    $key = strtok($k, ' ') . ': ' . json_encode($bytes);
    $seen[$key] = ($seen[$key] ?? 0) + 1;
}
print_r($seen);
echo "still open: ", count($open), "\n";

/* The upgraded connection still echoes a (masked) frame. */
$payload = 'hello';
$mask = "\x01\x02\x03\x04";
$masked = '';
for ($i = 0; $i < strlen($payload); $i++) {
    $masked .= $payload[$i] ^ $mask[$i % 4];
}
fwrite($ws, "\x81" . chr(0x80 | strlen($payload)) . $mask . $masked);
$frame = wm_read_exact($ws, 2);
echo wm_read_exact($ws, ord($frame[1] ?? "\0")), "\n";
$server->stop();
?>
--EXPECTF--
HTTP/1.1 101 Switching Protocol%S
Array
(
    [partial: "HTTP\/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n"] => 10
    [silent: ""] => 10
)
still open: 0
echo hello
