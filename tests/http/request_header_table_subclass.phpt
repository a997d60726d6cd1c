--TEST--
Http server: a Request subclass (Http::requestClass) answers header() from the parser's offsets while its _buffer is the parsed bytes, and from the buffer it set itself once it rewrote it (constructor, or later in onMessage); clones and chunked requests (rebuilt buffer) agree
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/http.inc';
$port = wm_free_port();
$server = new WmServer(str_replace('__PORT__', $port, <<<'PHP'
use Workerman\Worker;
use Workerman\Protocols\Http;
use Workerman\Protocols\Http\Request;
class MyRequest extends Request
{
    public function __construct($buffer)
    {
        if (str_contains($buffer, 'X-Rewrite: 1')) {
            $buffer = str_replace("\r\n\r\n", "\r\nX-Added: yes\r\n\r\n", $buffer);
        }
        parent::__construct($buffer);
    }
}
Http::requestClass(MyRequest::class);
$w = new Worker('http://127.0.0.1:__PORT__');
$w->onWorkerStart = function () { wm_ready(); };
$w->onMessage = function ($c, $r) {
    if ($r->path() === '/late') {
        $out = [get_class($r), $r->header('x-added', '-'), $r->header('x-a', '-'), $r->host()];
        $this_buffer = (new ReflectionProperty(Request::class, '_buffer'));
        $this_buffer->setAccessible(true);
        $this_buffer->setValue($r, "GET /late HTTP/1.1\r\nHost: other\r\nX-A: late\r\n\r\n");
        $out[] = $r->header('x-a', '-'); /* the buffer as it is now, not the parser's offsets */
        $out[] = $r->host();
    } else {
        $out = [get_class($r), $r->header('x-added', '-'), $r->header('x-a', '-'), $r->host()];
    }
    $same = (new Request($r->rawBuffer()))->header() === $r->header() && (clone $r)->header() === $r->header();
    $c->send(implode(' ', $out) . ($same ? ' same' : ' DIFF'));
};
Worker::runAll();
PHP));
$server->waitReady();
$c = wm_connect($port);
$send = function (string $raw) use ($c) {
    fwrite($c, $raw);
    $reply = wm_http_read_reply($c);
    echo substr($reply, strpos($reply, "\r\n\r\n") + 4), "\n";
};
$send("GET / HTTP/1.1\r\nHost: h:1\r\nX-A: a\r\n\r\n");
$send("GET / HTTP/1.1\r\nHost: h:2\r\nX-Rewrite: 1\r\nX-A: b\r\n\r\n");
$send("POST / HTTP/1.1\r\nHost: h:3\r\nX-A: c\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n");
$send("GET /late HTTP/1.1\r\nHost: h:4\r\nX-A: d\r\n\r\n");
fclose($c);
$server->stop();
?>
--EXPECT--
MyRequest - a h:1 same
MyRequest yes b h:2 same
MyRequest - c h:3 same
MyRequest - d h:4 late other same
