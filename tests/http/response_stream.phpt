--TEST--
Http\Response with Transfer-Encoding / text/event-stream, Http\Chunk, Http\ServerSentEvents
--EXTENSIONS--
workerman
--SKIPIF--
<?php if (Workerman\Worker::VERSION[0] !== '5') die('skip pins 5.x reply bytes (no Server line; profile 4 adds it: tests/http/profile4_bytes.phpt)'); ?>
--FILE--
<?php
use Workerman\Protocols\Http\{Response, Chunk, ServerSentEvents};
function show($r) { echo json_encode((string)$r), "\n"; }
show(new Response(200, ['Transfer-Encoding' => 'chunked'], str_repeat('x', 300)));
show(new Response(200, ['Transfer-Encoding' => 'chunked']));
show(new Response(200, ['Transfer-Encoding' => 'chunked', 'Content-Type' => 'text/plain'], 'ab'));
show(new Response(200, ['Content-Type' => 'text/event-stream'], "\r\n"));
show(new Response(200, ['Content-Type' => 'text/event-stream', 'Transfer-Encoding' => 'chunked'], "body"));
show(new Response(200, ['Content-Type' => 'Text/event-stream'], "b"));
show(new Chunk('hello world, this is a chunk'));
show(new Chunk(''));
show(new Chunk(str_repeat('z', 4096)) == "1000\r\n" . str_repeat('z', 4096) . "\r\n" ? 'ok' : 'bad');
show(new Chunk(12345));
show(new ServerSentEvents(['data' => 'hi']));
show(new ServerSentEvents(['' => 'comment', 'event' => 'up', 'id' => 7, 'retry' => 3000, 'data' => "l1\nl2\n"]));
show(new ServerSentEvents(['event' => null, 'id' => 0, 'data' => '']));
show(new ServerSentEvents([]));
try { new ServerSentEvents('x'); } catch (TypeError $e) { echo "TypeError\n"; }
--EXPECT--
"HTTP\/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\n\r\n12c\r\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\r\n"
"HTTP\/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\n\r\n"
"HTTP\/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text\/plain\r\nConnection: keep-alive\r\n\r\n2\r\nab\r\n"
"HTTP\/1.1 200 OK\r\nContent-Type: text\/event-stream\r\nConnection: keep-alive\r\n\r\n"
"HTTP\/1.1 200 OK\r\nContent-Type: text\/event-stream\r\nTransfer-Encoding: chunked\r\nConnection: keep-alive\r\nbody"
"HTTP\/1.1 200 OK\r\nContent-Type: Text\/event-stream\r\nConnection: keep-alive\r\nContent-Length: 1\r\n\r\nb"
"1c\r\nhello world, this is a chunk\r\n"
"0\r\n\r\n"
"ok"
"5\r\n12345\r\n"
"data: hi\n\n"
": comment\nevent: up\nid: 7\nretry: 3000\ndata: l1\ndata: l2\ndata: \n\n"
"id: 0\ndata: \n\n"
"\n"
TypeError
