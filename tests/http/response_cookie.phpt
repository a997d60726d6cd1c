--TEST--
Http\Response::cookie(): attribute order and empty()/null rules of 4.2.1
--EXTENSIONS--
workerman
--SKIPIF--
<?php if (Workerman\Worker::VERSION[0] !== '5') die('skip pins 5.x reply bytes (no Server line; profile 4 adds it: tests/http/profile4_bytes.phpt)'); ?>
--FILE--
<?php
use Workerman\Protocols\Http\Response;
$r = new Response();
$r->cookie('a', 'v w/ä;=')
  ->cookie('b', 'x', 0, '/p', 'example.com', true, true, 'Strict')
  ->cookie('c', '', null, '', '', false, false, '')
  ->cookie('d', 'y', 3600, '0', '0', 1, 0, 'Lax')
  ->cookie('e');
echo str_replace("\r\n", "\\r\\n\n", (string)$r), "\n";
var_dump($r->getHeader('Set-Cookie'));
$s = new Response(200, ['Set-Cookie' => 'x=1']);
try { $s->cookie('y', '2'); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$n = new Response(200, ['Set-Cookie' => null]);
echo str_replace("\r\n", "|", (string)$n->cookie('z', '1')), "\n";
--EXPECT--
HTTP/1.1 200 OK\r\n
Set-Cookie: a=v%20w%2F%C3%A4%3B%3D\r\n
Set-Cookie: b=x; Domain=example.com; Max-Age=0; Path=/p; Secure; HttpOnly; SameSite=Strict\r\n
Set-Cookie: c=\r\n
Set-Cookie: d=y; Max-Age=3600; Secure; SameSite=Lax\r\n
Set-Cookie: e=\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 0\r\n
\r\n

array(5) {
  [0]=>
  string(22) "a=v%20w%2F%C3%A4%3B%3D"
  [1]=>
  string(78) "b=x; Domain=example.com; Max-Age=0; Path=/p; Secure; HttpOnly; SameSite=Strict"
  [2]=>
  string(2) "c="
  [3]=>
  string(39) "d=y; Max-Age=3600; Secure; SameSite=Lax"
  [4]=>
  string(2) "e="
}
Error: [] operator not supported for strings
HTTP/1.1 200 OK|Set-Cookie: z=1|Connection: keep-alive|Content-Type: text/html;charset=utf-8|Content-Length: 0||
