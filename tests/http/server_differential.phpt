--TEST--
Differential: http:// replies (strings, __header, Responses, Chunk streams, file replies incl. ranges, close($response)) and pipelining match Workerman 4.2.1 byte for byte, its Server line aside
--EXTENSIONS--
workerman
posix
pcntl
--SKIPIF--
<?php require __DIR__ . '/../include/differential.inc'; if (!wm_workerman_dir()) die('skip set WORKERMAN_DIR to a Workerman 4.2.1 tree'); ?>
--FILE--
<?php
require __DIR__ . '/../include/differential.inc';
require __DIR__ . '/http.inc';
$file = sys_get_temp_dir() . '/wm-http-diff-' . getmypid() . '.html';
file_put_contents($file, str_repeat('0123456789', 100));
[$ours, $theirs] = wm_differential(str_replace('__FILE__', $file, <<<'PHP'
use Workerman\Worker;
use Workerman\Protocols\Http\Response;
use Workerman\Protocols\Http\Chunk;
$w = new Worker('http://127.0.0.1:__PORT__');
$w->onWorkerStart = function ($w) { wm_ready(); };
$w->onMessage = function ($c, $r) {
    echo "request ", $r->method(), " ", $r->uri(), " ", strlen($r->rawBody()), "\n";
    switch ($r->path()) {
        case '/header4':
            $c->__header = ['X-A' => 'a', 'X-B' => ['b1', 'b2']];
            $c->send('h');
            break;
        case '/response':
            $c->send((new Response(202, ['X-Own' => 'o'], 'resp'))->withHeader('Connection', 'close')->cookie('k', 'v w'));
            break;
        case '/response4':
            $c->__header = ['X-C' => 'c'];
            $c->send(new Response(200, [], 'r4'));
            break;
        case '/chunks':
            $c->send(new Response(200, ['Transfer-Encoding' => 'chunked'], 'first'));
            $c->send(new Chunk('second'));
            $c->send(new Chunk(''));
            break;
        case '/file':
            $c->send((new Response(200, ['Last-Modified' => 'fixed']))->withFile('__FILE__'));
            break;
        case '/range':
            $c->send((new Response(200, ['Last-Modified' => 'fixed']))->withFile('__FILE__', 10, 25));
            break;
        case '/bye':
            $c->close(new Response(200, [], 'bye'));
            break;
        default:
            $c->send(str_repeat('x', (int)$r->get('n', 3)));
    }
};
$w->onClose = function ($c) { echo "close\n"; };
Worker::runAll();
PHP), function (WmServer $server, int $port) {
    $server->waitReady();
    $c = wm_connect($port);
    $out = '';
    foreach (['/?n=0', '/?n=70000', '/header4', '/', '/response', '/response4', '/chunks', '/file', '/range'] as $path) {
        $out .= wm_http_get($c, $path) . "\n";
    }
    $batch = '';
    for ($i = 0; $i < 16; $i++) {
        $batch .= $i % 3 ? "GET /?n=$i HTTP/1.1\r\nHost: a\r\n\r\n"
                         : "POST /p HTTP/1.1\r\nHost: a\r\nContent-Length: $i\r\n\r\n" . str_repeat('p', $i);
    }
    fwrite($c, $batch);
    for ($i = 0; $i < 16; $i++) {
        $out .= wm_http_read_reply($c) . "\n";
    }
    fwrite($c, "GET /bye HTTP/1.0\r\n\r\n");
    $out .= wm_read_all($c);
    fclose($c);
    $server->waitFor("close\n");
    return str_replace("Server: workerman\r\n", '', $out);
});
/* Dates of Set-Cookie-less replies are fixed; the file's own mtime line is set by the test. */
wm_assert_same([$ours, $theirs]);
unlink($file);
?>
--EXPECT--
same
