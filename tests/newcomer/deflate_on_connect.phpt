--TEST--
WebSocket: permessageDeflate set inside onWebSocketConnect decides for that connection (on, or off over the worker's true), read after the callback, under both profiles
--EXTENSIONS--
workerman
posix
zlib
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('websocket://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
// the decision per request: 4.x passes the head, 5.x a Request
\$w->onWebSocketConnect = function (\$c, \$head) {
    \$uri = is_string(\$head) ? \$_SERVER['REQUEST_URI'] : \$head->uri();
    if (str_contains(\$uri, 'z=1')) { \$c->permessageDeflate = true; }
    if (str_contains(\$uri, 'z=0')) { \$c->permessageDeflate = false; }
};
\$w->onMessage = function (\$c, \$d) { \$c->send(\$d); };
Worker::runAll();
PHP);
$server->waitReady();
$offer = "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n";
function compress(string $m): string {
    $d = deflate_init(ZLIB_ENCODING_RAW, ['window' => 15]);
    return substr(deflate_add($d, $m, ZLIB_SYNC_FLUSH), 0, -4);
}
function expand(string $p): string {
    $i = inflate_init(ZLIB_ENCODING_RAW, ['window' => 15]);
    return inflate_add($i, $p . "\x00\x00\xff\xff", ZLIB_SYNC_FLUSH);
}
function extension_line(string $head): string {
    return preg_match('/^Sec-WebSocket-Extensions: (.*)\r$/m', $head, $m) ? $m[1] : 'none';
}
$text = str_repeat('compress me ', 50);
// on in onWebSocketConnect: negotiated, messages both ways compressed
[$c, $head] = wm_ws_handshake($port, '/?z=1', $offer);
echo "z=1: ", extension_line($head), "\n";
fwrite($c, wm_ws_frame(compress($text), 0xc1));
$f = wm_ws_read_frame($c);
printf("first %x, round trip %s\n", $f['first'], expand($f['payload']) === $text ? 'ok' : 'BAD');
// not set anywhere: declined, plain frames
[$c2, $head] = wm_ws_handshake($port, '/', $offer);
echo "none: ", extension_line($head), "\n";
fwrite($c2, wm_ws_frame('plain'));
$f = wm_ws_read_frame($c2);
printf("first %x [%s]\n", $f['first'], $f['payload']);
// on, but the client offered nothing: no extension
[$c3, $head] = wm_ws_handshake($port, '/?z=1');
echo "z=1 without offer: ", extension_line($head), "\n";
$server->stop();
// the worker says yes, onWebSocketConnect says no for this one
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('websocket://127.0.0.1:$port');
\$w->permessageDeflate = true;
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onWebSocketConnect = function (\$c, \$head) {
    \$uri = is_string(\$head) ? \$_SERVER['REQUEST_URI'] : \$head->uri();
    if (str_contains(\$uri, 'z=0')) { \$c->permessageDeflate = false; }
};
\$w->onMessage = function (\$c, \$d) { \$c->send(\$d); };
Worker::runAll();
PHP);
$server->waitReady();
[$c4, $head] = wm_ws_handshake($port, '/?z=0', $offer);
echo "worker on, z=0: ", extension_line($head), "\n";
fwrite($c4, wm_ws_frame('plain'));
$f = wm_ws_read_frame($c4);
printf("first %x [%s]\n", $f['first'], $f['payload']);
[$c5, $head] = wm_ws_handshake($port, '/', $offer);
echo "worker on: ", extension_line($head), "\n";
$server->stop();
?>
--EXPECT--
z=1: permessage-deflate; server_no_context_takeover; client_no_context_takeover
first c1, round trip ok
none: none
first 81 [plain]
z=1 without offer: none
worker on, z=0: none
first 81 [plain]
worker on: permessage-deflate; server_no_context_takeover; client_no_context_takeover
