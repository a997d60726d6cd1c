--TEST--
Http::input/decode/encode called from PHP with a TcpConnection subclass made without its constructor (a test double): rejections go through its end(HTTP_4xx, true), file replies through its send()/close(), chunked input marks context->chunked for decode(); native connections stay on the C path
--EXTENSIONS--
workerman
--SKIPIF--
<?php if (Workerman\Worker::VERSION[0] !== '5') die('skip pins 5.x reply bytes (no Server line; profile 4 adds it: tests/http/profile4_bytes.phpt)'); ?>
--FILE--
<?php
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http;
use Workerman\Protocols\Http\Response;

class Spy extends TcpConnection
{
    public array $calls = [];
    public function send(mixed $sendBuffer, bool $raw = false): bool|null
    {
        $this->calls[] = ['send', is_object($sendBuffer) ? get_class($sendBuffer) : strlen((string)$sendBuffer) . ' bytes', $raw];
        return null;
    }
    public function close(mixed $data = null, bool $raw = false): void
    {
        $this->calls[] = ['close', $data instanceof Response ? $data->getStatusCode() . ' ' . $data->rawBody() : $data, $raw];
    }
    public function end(mixed $data = null, bool $raw = false): void
    {
        $this->calls[] = ['end', $data, $raw];
    }
}
class Plain extends TcpConnection {}

function spy(): Spy
{
    return (new ReflectionClass(Spy::class))->newInstanceWithoutConstructor();
}
function show(string $label, $result, Spy $c): void
{
    echo $label, ': ', json_encode($result), ' ', json_encode($c->calls), "\n";
}

$c = spy();
show('431 no end', Http::input(str_repeat('a', 16384), $c), $c);
$c = spy();
show('short garbage', Http::input(str_repeat('a', 100), $c), $c);
$c = spy();
show('400', Http::input("MIAOWU / HTTP/1.1\r\nHost: h\r\n\r\n", $c), $c);
$c = spy();
$c->maxPackageSize = 10;
show('413', Http::input("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello", $c), $c);
$c = spy();
$ok = "GET / HTTP/1.1\r\nHost: h\r\n\r\n";
show('ok', Http::input($ok, $c), $c);
$prefix = "GET / HTTP/1.1\r\nHost: h\r\nX: ";
$c = spy();
show('end at 16383', Http::input($prefix . str_repeat('x', 16383 - strlen($prefix)) . "\r\n\r\n", $c), $c);
$c = spy();
show('end at 16384', Http::input($prefix . str_repeat('x', 16384 - strlen($prefix)) . "\r\n\r\n", $c), $c);

$chunked = "POST /r HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nfour\r\n0\r\nX-T: one\r\n\r\n";
$c = spy();
var_dump(Http::input($chunked, $c) === strlen($chunked), isset($c->context->chunked));
$r = Http::decode($chunked, $c);
var_dump(isset($c->context->chunked), $r->rawBody(), $r->header('content-length'), $r->connection === $c);

$file = tempnam(sys_get_temp_dir(), 'wm') . '.txt';
file_put_contents($file, 'hello file');
$c = spy();
var_dump(Http::encode((new Response())->withFile($file), $c));
echo json_encode($c->calls), "\n";
$c = spy();
$gone = (new Response())->withFile($file);
unlink($file);
var_dump(Http::encode($gone, $c));
echo json_encode($c->calls), "\n";
file_put_contents($file, str_repeat('z', 3 * 1024 * 1024 + 5));
$c = spy();
var_dump(Http::encode((new Response())->withFile($file), $c));
echo json_encode($c->calls), "\n";
unlink($file);

// Not overridden: the C engine, on objects that never ran a constructor.
foreach ([TcpConnection::class, Plain::class] as $class) {
    $n = (new ReflectionClass($class))->newInstanceWithoutConstructor();
    var_dump(Http::input(str_repeat('a', 16384), $n), Http::input("get / HTTP/1.1\r\n\r\n", $n), $n->getStatus(false));
    var_dump(Http::encode('x', $n) !== '', Http::decode($ok, $n)->path());
}
?>
--EXPECTF--
431 no end: 0 [["end","HTTP\/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n",true]]
short garbage: 0 []
400: 0 [["end","HTTP\/1.1 400 Bad Request\r\nConnection: close\r\n\r\n",true]]
413: 0 [["end","HTTP\/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n",true]]
ok: 27 []
end at 16383: 16387 []
end at 16384: 0 [["end","HTTP\/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n",true]]
bool(true)
bool(true)
bool(false)
string(4) "four"
string(1) "4"
bool(true)
string(0) ""
[["send","%d bytes",true]]
string(0) ""
[["close","403 403 Forbidden",false]]
string(0) ""
[["send","%d bytes",true],["send","1048576 bytes",true],["send","1048576 bytes",true],["send","1048576 bytes",true],["send","5 bytes",true]]
int(0)
int(0)
string(%d) "%s"
bool(true)
string(1) "/"
int(0)
int(0)
string(%d) "%s"
bool(true)
string(1) "/"
