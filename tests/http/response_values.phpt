--TEST--
Http\Response: values only PHP can print (objects, floats), exceptions while building, misuse
--EXTENSIONS--
workerman
--SKIPIF--
<?php if (Workerman\Worker::VERSION[0] !== '5') die('skip pins 5.x reply bytes (no Server line; profile 4 adds it: tests/http/profile4_bytes.phpt)'); ?>
--FILE--
<?php
use Workerman\Protocols\Http\{Response, Chunk};
class Str { function __construct(public $s) {} function __toString(): string { return $this->s; } }
class Boom { function __toString(): string { throw new RuntimeException('boom'); } }
function show($r) { echo json_encode((string)$r), "\n"; }
show(new Response(200, ['X-Obj' => new Str('from object'), 'X-F' => 0.1 + 0.2, 'L' => [new Str('a'), 2.0]], new Str('body')));
show((new Response(200, ['A' => 'b']))->withBody(new Str('late body')));
show((new Response())->withStatus(new Str('201'), new Str('Made')));
show(new Chunk(new Str('chunk')));
foreach ([new Response(200, ['X' => new Boom()]), (new Response())->withBody(new Boom()), new Chunk(new Boom())] as $r) {
    try { $s = (string)$r; echo "no exception\n"; } catch (RuntimeException $e) { echo 'caught ', $e->getMessage(), "\n"; }
}
try { (new Response())->withHeaders('x'); } catch (TypeError $e) { echo "TypeError\n"; }
try { new Response(200, [], new Boom()); } catch (RuntimeException $e) { echo 'ctor ', $e->getMessage(), "\n"; }
$r = new Response(200, null, 'n');
show($r);
show($r->withHeaders(['A' => '1']));
$r = new class extends Response { function drop() { unset($this->_header, $this->_body); return $this; } };
show($r->drop());
show($r->header('Back', 'yes'));
--EXPECT--
"HTTP\/1.1 200 OK\r\nX-Obj: from object\r\nX-F: 0.3\r\nL: a\r\nL: 2\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 4\r\n\r\nbody"
"HTTP\/1.1 200 OK\r\nA: b\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 9\r\n\r\nlate body"
"HTTP\/1.1 201 Made\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n"
"5\r\nchunk\r\n"
caught boom
caught boom
caught boom
TypeError
ctor boom
"HTTP\/1.1 200 OK\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 1\r\nConnection: keep-alive\r\n\r\nn"
"HTTP\/1.1 200 OK\r\nA: 1\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 1\r\n\r\nn"
"HTTP\/1.1 200 OK\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n"
"HTTP\/1.1 200 OK\r\nBack: yes\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 0\r\n\r\n"
