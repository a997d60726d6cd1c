--TEST--
5.x constants and Response::getMimeType(): Http::HTTP_400/413/431 (the bytes input() answers with) and MAX_HEADER_LENGTH, protected; Response::PHRASES public, 5.2.2's table (md5 of its JSON), an immutable array a copy of which can change; getMimeType() with its octet-stream default
--EXTENSIONS--
workerman
--SKIPIF--
<?php if (Workerman\Worker::VERSION[0] !== '5') die('skip 5.x members: API profile 5 only (WM_API=5)'); ?>
--FILE--
<?php
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http;
use Workerman\Protocols\Http\Response;

class MyHttp extends Http
{
    public static function all(): array
    {
        return [static::HTTP_400, static::HTTP_413, static::HTTP_431, static::MAX_HEADER_LENGTH];
    }
}
var_dump(MyHttp::all());
foreach (['HTTP_400', 'HTTP_413', 'HTTP_431', 'MAX_HEADER_LENGTH'] as $name) {
    $k = new ReflectionClassConstant(Http::class, $name);
    echo $name, ': ', $k->isProtected() ? 'protected' : 'not protected', "\n";
}
class Spy extends TcpConnection
{
    public function end(mixed $data = null, bool $raw = false): void { echo "end: ", var_export($data === MyHttp::all()[2], true), "\n"; }
}
Http::input(str_repeat('a', 20000), (new ReflectionClass(Spy::class))->newInstanceWithoutConstructor());

var_dump((new ReflectionClassConstant(Response::class, 'PHRASES'))->isPublic());
var_dump(count(Response::PHRASES), md5(json_encode(Response::PHRASES)));
var_dump(Response::PHRASES[103], Response::PHRASES[408], Response::PHRASES[510]);
$copy = Response::PHRASES;
$copy[999] = 'Mine';
var_dump(count($copy), count(Response::PHRASES));

$r = new Response();
var_dump($r->getMimeType('jpg'), $r->getMimeType('html'), $r->getMimeType(''), $r->getMimeType('no-such'));
?>
--EXPECT--
array(4) {
  [0]=>
  string(47) "HTTP/1.1 400 Bad Request
Connection: close

"
  [1]=>
  string(53) "HTTP/1.1 413 Payload Too Large
Connection: close

"
  [2]=>
  string(67) "HTTP/1.1 431 Request Header Fields Too Large
Connection: close

"
  [3]=>
  int(16384)
}
HTTP_400: protected
HTTP_413: protected
HTTP_431: protected
MAX_HEADER_LENGTH: protected
end: true
bool(true)
int(63)
string(32) "ea029fc0ea32a17f749971fff35b3e72"
string(11) "Early Hints"
string(15) "Request Timeout"
string(12) "Not Extended"
int(64)
int(63)
string(10) "image/jpeg"
string(9) "text/html"
string(24) "application/octet-stream"
string(24) "application/octet-stream"
