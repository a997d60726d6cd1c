--TEST--
Http\Response: status line, default headers, header lists, case-sensitive keys, getters
--EXTENSIONS--
workerman
--SKIPIF--
<?php if (Workerman\Worker::VERSION[0] !== '5') die('skip pins 5.x reply bytes (no Server line; profile 4 adds it: tests/http/profile4_bytes.phpt)'); ?>
--FILE--
<?php
use Workerman\Protocols\Http\Response;
function show($r) { echo str_replace("\r\n", "\\r\\n\n", (string)$r), "\n--\n"; }
show(new Response());
show(new Response(404, [], 'nope'));
show(new Response(299, [], 'x'));
show((new Response(200, [], 'b'))->withStatus(201, 'Made'));
show((new Response(500))->withStatus(503, ''));
show(new Response(200, ['Content-Type' => 'application/json', 'X-A' => '1', 'X-B' => 2], '{}'));
show(new Response(200, ['content-type' => 'text/plain', 'connection' => 'close']));
show(new Response(200, ['Connection' => 'close', 'X' => ['a', 'b'], 7 => 'int', 'N' => null, 'T' => true, 'F' => false]));
show((new Response(200, ['Content-Type' => 'a/b']))->withoutHeader('Content-Type')->header('X', 'y')->withHeader('X', 'z'));
show((new Response())->withProtocolVersion('1.0')->withBody('hello'));
show((new Response())->withHeaders(['A' => '1', 'B' => ['x']])->withHeaders(['A' => '2', 'B' => 'y', 'C' => 3]));
show((new Response(200, [3 => 'x']))->withHeaders([4 => 'y', 'K' => 'v']));
$r = new Response(302, ['Location' => '/x'], 12);
var_dump($r->getStatusCode(), $r->getReasonPhrase(), $r->getHeader('Location'), $r->getHeader('location'),
    $r->getHeaders(), $r->rawBody(), $r->file);
$r->withStatus('404');
show($r);
var_dump($r instanceof Stringable, "$r" === $r->__toString());
--EXPECT--
HTTP/1.1 200 OK\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 0\r\n
Connection: keep-alive\r\n
\r\n

--
HTTP/1.1 404 Not Found\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 4\r\n
Connection: keep-alive\r\n
\r\n
nope
--
HTTP/1.1 299 \r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 1\r\n
Connection: keep-alive\r\n
\r\n
x
--
HTTP/1.1 201 Made\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 1\r\n
Connection: keep-alive\r\n
\r\n
b
--
HTTP/1.1 503 Service Unavailable\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 0\r\n
Connection: keep-alive\r\n
\r\n

--
HTTP/1.1 200 OK\r\n
Content-Type: application/json\r\n
X-A: 1\r\n
X-B: 2\r\n
Connection: keep-alive\r\n
Content-Length: 2\r\n
\r\n
{}
--
HTTP/1.1 200 OK\r\n
content-type: text/plain\r\n
connection: close\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 0\r\n
\r\n

--
HTTP/1.1 200 OK\r\n
Connection: close\r\n
X: a\r\n
X: b\r\n
7: int\r\n
N: \r\n
T: 1\r\n
F: \r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 0\r\n
\r\n

--
HTTP/1.1 200 OK\r\n
X: z\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 0\r\n
\r\n

--
HTTP/1.0 200 OK\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 5\r\n
Connection: keep-alive\r\n
\r\n
hello
--
HTTP/1.1 200 OK\r\n
A: 1\r\n
A: 2\r\n
B: x\r\n
B: y\r\n
C: 3\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 0\r\n
\r\n

--
HTTP/1.1 200 OK\r\n
0: x\r\n
1: y\r\n
K: v\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 0\r\n
\r\n

--
int(302)
NULL
string(2) "/x"
NULL
array(1) {
  ["Location"]=>
  string(2) "/x"
}
string(2) "12"
NULL
HTTP/1.1 404 Not Found\r\n
Location: /x\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 2\r\n
\r\n
12
--
bool(true)
bool(true)
