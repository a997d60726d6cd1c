--TEST--
Ws::input/decode/encode/dealHandshake/sendHandshake on a connection that is no ws:// one (an AsyncTcpConnection subclass made without its constructor): Workerman's state in $connection->context (handshakeStep, websocketSecKey, tmpWebsocketData, ...), send()/close()/consumeRecvBuffer() through the object's own methods
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Connection\AsyncTcpConnection;
use Workerman\Protocols\Ws;

class Spy extends AsyncTcpConnection
{
    public array $calls = [];
    public function send(mixed $sendBuffer, bool $raw = false): bool|null
    {
        $this->calls[] = ['send', str_starts_with((string)$sendBuffer, 'GET ') ? strtok((string)$sendBuffer, "\r") : bin2hex((string)$sendBuffer), $raw];
        return null;
    }
    public function close(mixed $data = null, bool $raw = false): void
    {
        $this->calls[] = ['close'];
    }
    public function consumeRecvBuffer(int $length): void
    {
        $this->calls[] = ['consume', $length];
    }
    public function getRemotePort(): int { return 8080; }
    public function getRemoteHost(): string { return 'example.com'; }
    public function getRemoteURI(): string { return '/chat'; }
}
function spy(): Spy
{
    return (new ReflectionClass(Spy::class))->newInstanceWithoutConstructor();
}
function show(string $label, $result, Spy $c): void
{
    echo $label, ': ', json_encode($result), ' ', json_encode($c->calls), "\n";
    $c->calls = [];
}

$c = spy();
$r = Ws::input("\x81\x02hi", $c); // 4.x answers false, 5.x -1
show('before handshake', $r === (Workerman\Worker::VERSION[0] === '5' ? -1 : false) ? 'refused' : $r, $c);

// the first encode() sends the handshake, then holds the frame until the reply
show('encode', Ws::encode('hello', $c), $c);
var_dump($c->context->handshakeStep, strlen($c->context->websocketSecKey), bin2hex($c->context->tmpWebsocketData));

$accept = base64_encode(sha1($c->context->websocketSecKey . '258EAFA5-E914-47DA-95CA-C5AB0DC85B11', true));
$reply = "HTTP/1.1 101 Switching Protocols\r\nSec-WebSocket-Accept: $accept\r\n\r\n";
$c->onWebSocketConnect = function ($conn, $head) { echo "onWebSocketConnect: ", strlen($head), "\n"; };
show('reply', Ws::input($reply . "\x81\x02ok", $c), $c);
var_dump($c->context->handshakeStep, $c->context->tmpWebsocketData);
show('encode after', bin2hex(Ws::encode('hey', $c)), $c);
var_dump(Ws::decode("\x81\x02ok", $c));

$c = spy();
$c->context->handshakeStep = 1;
$c->context->websocketSecKey = base64_encode(random_bytes(16));
show('no accept', Ws::dealHandshake("HTTP/1.1 101 Switching Protocols\r\n\r\n", $c), $c);
show('wrong accept', Ws::dealHandshake("HTTP/1.1 101 Switching Protocols\r\nSec-WebSocket-Accept: nope\r\n\r\n", $c), $c);

$c = spy();
$c->context->handshakeStep = 2;
$c->maxPackageSize = 12;
show('masked', Ws::input("\x81\x83abcdxyz", $c), $c);
show('too large', Ws::input("\x81\x14" . str_repeat('x', 20), $c), $c);
show('ping', Ws::input("\x89\x02pi\x81\x01!", $c), $c);
show('text', Ws::input("\x81\x02Hi", $c), $c);
?>
--EXPECT--
recv data before handshake. Buffer:81026869
before handshake: "refused" []
encode: "" [["send","GET \/chat HTTP\/1.1",true]]
int(1)
int(24)
string(22) "81850000000068656c6c6f"
onWebSocketConnect: 88
reply: 4 [["consume",88],["send","81850000000068656c6c6f",true]]
int(2)
string(0) ""
encode after: "818300000000686579" []
string(2) "ok"
Sec-WebSocket-Accept not found. Header:
HTTP/1.1 101 Switching Protocols
no accept: 0 [["close"]]
Sec-WebSocket-Accept not match. Header:
HTTP/1.1 101 Switching Protocols
Sec-WebSocket-Accept: nope
wrong accept: 0 [["close"]]
frame masked so close the connection
masked: 0 [["close"]]
error package. package_length=22
too large: 0 [["close"]]
ping: 3 [["consume",4],["send","7069",false]]
text: 4 []
