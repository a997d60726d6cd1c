--TEST--
Http\Request 5.x members: chunk trailers (setChunkTrailers first call wins, trailer() case-insensitive with default, filled by Http::decode), destroy(), isValidSessionId(), MAX_CACHE_* constants (createSessionId() stays protected: a 4.x subclass redeclaring it protected would not load)
--EXTENSIONS--
workerman
--SKIPIF--
<?php if (Workerman\Worker::VERSION[0] !== '5') die('skip 5.x members: API profile 5 only (WM_API=5)'); ?>
--FILE--
<?php
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http;
use Workerman\Protocols\Http\Request;

$r = new Request("GET / HTTP/1.1\r\n\r\n");
var_dump($r->trailer(), $r->trailer('any', 'fallback'));
$r->setChunkTrailers(['checksum' => 'abc']);
$r->setChunkTrailers(['other' => 'nope']);
var_dump($r->trailer(), $r->trailer('CHECKSUM'), $r->trailer('other'));

$c = (new ReflectionClass(TcpConnection::class))->newInstanceWithoutConstructor();
$buffer = "POST /z HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
    . "2\r\nab\r\n2\r\ncd\r\n0\r\nX-Checksum:   sig   \r\nAnother-Trailer:\t v \r\n\r\n";
$d = Http::decode($buffer, $c);
var_dump($d->rawBody(), $d->header('transfer-encoding'), $d->trailer());
// a subclass's setChunkTrailers() is the one decode() calls
class MyRequest extends Request {
    public function setChunkTrailers(array $trailers): void { echo "mine: ", json_encode($trailers), "\n"; parent::setChunkTrailers($trailers); }
}
Http::requestClass(MyRequest::class);
var_dump(Http::decode($buffer, $c)->trailer('x-checksum'));
Http::requestClass(Request::class);

// destroy(): properties, session and connection go
$r = new Request("GET / HTTP/1.1\r\n\r\n");
$r->connection = $c;
$r->foo = 'bar';
$r->session = 'x';
$r->destroy();
var_dump($r->connection, $r->session, $r->properties, $r->foo);

var_dump($r->isValidSessionId(str_repeat('a', 16)), $r->isValidSessionId(str_repeat('a', 15)),
    $r->isValidSessionId('abcdefgh-,ABC0123'), $r->isValidSessionId(str_repeat('z', 257)),
    $r->isValidSessionId('abcdefgh_ABC01234'), $r->isValidSessionId(1234567890123456789));
$id = (new ReflectionMethod(Request::class, 'createSessionId'))->invoke(null);
var_dump($r->isValidSessionId($id));
var_dump(Request::MAX_CACHE_STRING_LENGTH, Request::MAX_CACHE_SIZE);
?>
--EXPECT--
array(0) {
}
string(8) "fallback"
array(1) {
  ["checksum"]=>
  string(3) "abc"
}
string(3) "abc"
NULL
string(4) "abcd"
NULL
array(2) {
  ["x-checksum"]=>
  string(6) "sig   "
  ["another-trailer"]=>
  string(2) "v "
}
mine: {"x-checksum":"sig   ","another-trailer":"v "}
string(6) "sig   "
NULL
NULL
array(0) {
}
NULL
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
int(4096)
int(256)
