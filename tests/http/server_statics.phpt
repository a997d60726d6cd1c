--TEST--
Protocols\Http statics called from PHP: requestClass, uploadTmpDir, sessionName, enableCache, input (5.x rules, rejections end the connection), decode (de-chunks), encode
--EXTENSIONS--
workerman
--SKIPIF--
<?php if (Workerman\Worker::VERSION[0] !== '5') die('skip pins 5.x reply bytes and end() (profile 4: tests/http/profile4_bytes.phpt)'); ?>
--INI--
upload_tmp_dir=
--FILE--
<?php
use Workerman\Protocols\Http;
use Workerman\Protocols\Http\Session;
use Workerman\Connection\AsyncTcpConnection;
class MyRequest extends Workerman\Protocols\Http\Request {}
var_dump(Http::requestClass());
var_dump(Http::uploadTmpDir() === sys_get_temp_dir());
var_dump(Http::uploadTmpDir('/var/tmp'), Http::uploadTmpDir());
var_dump(Http::sessionName(), Http::sessionName(''), Http::sessionName('SID2'), Session::$name);
var_dump(Http::enableCache(false));
$c = new AsyncTcpConnection('http://127.0.0.1:9');
$c->maxPackageSize = 100;
var_dump(Http::input("GET / HTTP/1.1\r\nHost: a\r\n\r\nGET /next", $c));
var_dump(Http::input("GET / HTTP/1.1\r\nHost: a\r\n", $c));
var_dump(Http::input("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n", $c));
$chunked = "POST /c?x=1 HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nX-After: 1\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n";
var_dump(Http::input($chunked, $c) === strlen($chunked));
Http::requestClass('MyRequest');
$r = Http::decode($chunked, $c);
var_dump(get_class($r), $r->rawBody(), $r->header('content-length'), $r->header('transfer-encoding'), $r->connection === $c);
echo json_encode((string)$r), "\n", json_encode(Http::encode('hi', $c)), "\n";
$c->headers = ['X-A' => ['1', '2'], 'Content-Type' => 'text/plain'];
echo json_encode(Http::encode(12, $c)), "\n";
var_dump($c->headers);
var_dump($r->connection);
var_dump(Http::input("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\n", $c), $c->getStatus(false));
?>
--EXPECT--
string(32) "Workerman\Protocols\Http\Request"
bool(true)
string(8) "/var/tmp"
string(8) "/var/tmp"
string(6) "PHPSID"
string(6) "PHPSID"
string(4) "SID2"
string(4) "SID2"
NULL
int(27)
int(0)
int(0)
bool(true)
string(9) "MyRequest"
string(5) "abcde"
string(1) "5"
NULL
bool(true)
"POST \/c?x=1 HTTP\/1.1\r\nHost: a\r\nX-After: 1\r\nContent-Length: 5\r\n\r\nabcde"
"HTTP\/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 2\r\n\r\nhi"
"HTTP\/1.1 200 OK\r\nX-A: 1\r\nX-A: 2\r\nConnection: keep-alive\r\nContent-Type: text\/plain\r\nContent-Length: 2\r\n\r\n12"
array(0) {
}
NULL
int(0)
string(6) "CLOSED"
