--TEST--
Websocket::input/decode/encode on a connection that is no websocket:// one (a TcpConnection subclass made without its constructor): Workerman's state in $connection->context, close()/send()/consumeRecvBuffer() through the object's own methods, callbacks from the connection
--EXTENSIONS--
workerman
zlib
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Websocket;

class Spy extends TcpConnection
{
    public array $calls = [];
    public function send(mixed $sendBuffer, bool $raw = false): bool|null
    {
        $this->calls[] = ['send', bin2hex((string)$sendBuffer), $raw, bin2hex((string)$this->websocketType)];
        return null;
    }
    public function close(mixed $data = null, bool $raw = false): void
    {
        $this->calls[] = ['close', $data === null ? null : bin2hex($data), $raw];
    }
    public function consumeRecvBuffer(int $length): void
    {
        $this->calls[] = ['consume', $length];
    }
}
function spy(): Spy
{
    $c = (new ReflectionClass(Spy::class))->newInstanceWithoutConstructor();
    $c->context->websocketHandshake = true;
    $c->context->websocketCurrentFrameLength = 0;
    $c->context->websocketDataBuffer = '';
    return $c;
}
function show(string $label, $result, Spy $c): void
{
    echo $label, ': ', json_encode($result), ' ', json_encode($c->calls), "\n";
}

$c = spy();
show('unmasked', Websocket::input("\x81\x04" . 'abcd', $c), $c);
$c = spy();
show('bad opcode', Websocket::input(wm_ws_frame('x', 0x83), $c), $c);
$c = spy();
$c->maxPackageSize = 20;
show('too large', Websocket::input(wm_ws_frame(str_repeat('y', 30)), $c), $c);
$c = spy();
show('close frame', Websocket::input(wm_ws_frame("\x03\xe8", 0x88), $c), $c);
$c = spy();
$c->onWebSocketClose = function ($conn) { echo "onWebSocketClose\n"; };
show('close frame, callback', Websocket::input(wm_ws_frame("\x03\xe8", 0x88), $c), $c);

// a ping is answered (websocketType \x8a meanwhile) and consumed; the data frame after it is the package
$c = spy();
$ping = wm_ws_frame('pi', 0x89);
$text = wm_ws_frame('hello');
show('ping + text', Websocket::input($ping . $text, $c), $c);
var_dump(bin2hex($c->websocketType));

// a fragment joins websocketDataBuffer; the final frame's decode() returns the message
$c = spy();
$first = wm_ws_frame('Hel', 0x01);
$last = wm_ws_frame('lo', 0x80);
show('fragment + final', Websocket::input($first . $last, $c), $c);
var_dump($c->context->websocketDataBuffer, $c->context->websocketCurrentFrameLength);
var_dump(Websocket::decode($last, $c), $c->context->websocketDataBuffer);

// inflated beyond maxPackageSize: close(), false
$c = spy();
$c->maxPackageSize = 512;
$d = deflate_init(ZLIB_ENCODING_RAW);
$frame = wm_ws_frame(substr(deflate_add($d, str_repeat('Z', 4000), ZLIB_SYNC_FLUSH), 0, -4), 0xc1);
try { // closes, then 4.x returns false; 5.x's `: string` turns that into a TypeError
    $r = Websocket::decode($frame, $c);
} catch (TypeError $e) {
    $r = Workerman\Worker::VERSION[0] === '5' ? false : $e->getMessage();
}
show('inflate too large', $r, $c);

// before the handshake, frames wait in tmpWebsocketData (onBufferFull once at maxSendBufferSize)
$c = spy();
$c->context->websocketHandshake = false;
$c->maxSendBufferSize = 8;
$c->onBufferFull = function () { echo "onBufferFull\n"; };
var_dump(Websocket::encode('hold', $c), bin2hex($c->context->tmpWebsocketData), bin2hex($c->websocketType));
var_dump(Websocket::encode('more', $c), bin2hex($c->context->tmpWebsocketData));

// a plain TcpConnection made without its constructor: the engine's close(), no crash
$n = (new ReflectionClass(TcpConnection::class))->newInstanceWithoutConstructor();
var_dump(Websocket::input("\x81\x04" . 'abcd', $n), Websocket::decode(wm_ws_frame('ok'), $n), $n->getStatus(false));
?>
--EXPECT--
frame not masked so close the connection
unmasked: 0 [["close",null,false]]
error opcode 3 and close websocket connection. Buffer:838137fa213d4f
bad opcode: 0 [["close",null,false]]
error package. package_length=36
too large: 0 [["close",null,false]]
close frame: 0 [["close","880203e8",true]]
onWebSocketClose
close frame, callback: 0 []
ping + text: 11 [["consume",8],["send","7069",false,"8a"]]
string(2) "81"
fragment + final: 8 [["consume",9]]
string(3) "Hel"
int(0)
string(5) "Hello"
string(0) ""
WebSocket inflate data exceeds maxPackageSize limit
inflate too large: false [["close",null,false]]
string(0) ""
string(12) "8104686f6c64"
string(2) "81"
onBufferFull
string(0) ""
string(24) "8104686f6c6481046d6f7265"
frame not masked so close the connection
int(0)
string(2) "ok"
string(6) "CLOSED"
