--TEST--
Http server: chunked streaming with Http\Chunk and Server-Sent Events, exact bytes
--EXTENSIONS--
workerman
posix
--FILE--
<?php
putenv('WM_API=5'); // 5.x reply bytes (profile 4 adds its Server line: tests/http/profile4_bytes.phpt)
require __DIR__ . '/http.inc';
$port = wm_free_port();
$server = new WmServer(str_replace('__PORT__', $port, <<<'PHP'
use Workerman\Worker;
use Workerman\Timer;
use Workerman\Protocols\Http\Response;
use Workerman\Protocols\Http\Chunk;
use Workerman\Protocols\Http\ServerSentEvents;
$w = new Worker('http://127.0.0.1:__PORT__');
$w->onWorkerStart = function () { wm_ready(); };
$w->onMessage = function ($c, $r) {
    if ($r->path() === '/chunks') {
        $c->send(new Response(200, ['Transfer-Encoding' => 'chunked'], 'first'));
        Timer::add(0.01, function () use ($c) {
            $c->send(new Chunk('second'));
            $c->send(new Chunk(''));
        }, [], false);
        return;
    }
    $c->send(new Response(200, ['Content-Type' => 'text/event-stream'], "\r\n"));
    $c->send(new ServerSentEvents(['event' => 'tick', 'data' => "a\nb", 'id' => '1', 'retry' => 10]));
    $c->send(new ServerSentEvents(['' => 'note', 'data' => 'x']));
};
Worker::runAll();
PHP));
$server->waitReady();
$c = wm_connect($port);
echo json_encode(wm_http_get($c, '/chunks')), "\n";
fwrite($c, "GET /sse HTTP/1.1\r\nHost: a\r\nAccept: text/event-stream\r\n\r\n");
$want = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: keep-alive\r\n\r\n"
    . "event: tick\nid: 1\nretry: 10\ndata: a\ndata: b\n\n: note\ndata: x\n\n";
echo json_encode(wm_read_exact($c, strlen($want))), "\n";
fclose($c);
$server->stop();
?>
--EXPECT--
"HTTP\/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\n\r\n5\r\nfirst\r\n6\r\nsecond\r\n0\r\n\r\n"
"HTTP\/1.1 200 OK\r\nContent-Type: text\/event-stream\r\nConnection: keep-alive\r\n\r\nevent: tick\nid: 1\nretry: 10\ndata: a\ndata: b\n\n: note\ndata: x\n\n"
