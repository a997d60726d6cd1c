--TEST--
Websocket statics called from PHP: input() lengths, decode() of masked/compressed frames, encode() on a connection of another protocol (held in context->tmpWebsocketData until context->websocketHandshake, as Workerman), dealHandshake() refuses one
--EXTENSIONS--
workerman
zlib
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
use Workerman\Protocols\Websocket;
use Workerman\Connection\AsyncTcpConnection;
$c = new AsyncTcpConnection('tcp://127.0.0.1:9');
var_dump(Websocket::input("\x81\x85ab", $c));                       // < 6 bytes
var_dump(Websocket::input(wm_ws_frame('hello'), $c));               // 2 + 4 + 5
var_dump(Websocket::input(substr(wm_ws_frame(str_repeat('a', 300)), 0, 8), $c)); // header only
var_dump(Websocket::input(wm_ws_frame('frag', 0x01), $c));          // non-FIN
var_dump(Websocket::input(wm_ws_frame('ping', 0x89), $c));          // control
var_dump(Websocket::decode(wm_ws_frame('hello'), $c));
var_dump(strlen(Websocket::decode(wm_ws_frame(str_repeat('b', 70000), 0x82), $c)));
$d = deflate_init(ZLIB_ENCODING_RAW);
var_dump(Websocket::decode(wm_ws_frame(substr(deflate_add($d, 'squeezed', ZLIB_SYNC_FLUSH), 0, -4), 0xc1), $c));
var_dump(Websocket::encode('hi', $c), bin2hex($c->context->tmpWebsocketData));
$c->context->websocketHandshake = true;
var_dump(bin2hex(Websocket::encode('hi', $c)));
$c->websocketType = Websocket::BINARY_TYPE_ARRAYBUFFER;
var_dump(bin2hex(Websocket::encode(12, $c)));
try {
    Websocket::dealHandshake("GET / HTTP/1.1\r\n\r\n", $c);
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
int(0)
int(11)
int(308)
int(0)
int(0)
string(5) "hello"
int(70000)
string(8) "squeezed"
string(0) ""
string(8) "81026869"
string(8) "81026869"
string(8) "82023132"
Websocket::dealHandshake() needs a websocket TcpConnection
