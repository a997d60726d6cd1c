--TEST--
Http server: $connection->headers [5] and __header [4] lines, Content-Type replacement, both cleared per reply; Responses get them merged; close($response); other objects as their string
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
use Workerman\Protocols\Http\Response;
class Raw { function __toString(): string { return "HTTP/1.1 204 No Content\r\n\r\n"; } }
$w = new Worker('http://127.0.0.1:__PORT__');
$w->onWorkerStart = function () { wm_ready(); };
$w->onMessage = function ($c, $r) {
    switch ($r->path()) {
        case '/five':
            $c->headers = ['X-A' => 'a', 'X-L' => ['1', '2'], 'Content-Type' => 'text/plain', 7 => 'num'];
            $c->send('body');
            break;
        case '/four':
            /* 4.2.1 keeps only the last line (its loop assigns instead of appending). */
            $c->__header = ['X-B' => 'b', 'X-C' => ['c1', 'c2']];
            $c->send('four');
            echo isset($c->__header) ? "kept\n" : "unset\n";
            break;
        case '/response':
            $c->headers = ['X-R' => 'r'];
            $c->send(new Response(201, ['X-Own' => 'o'], 'resp'));
            echo json_encode($c->headers), "\n";
            break;
        case '/object':
            $c->send(new Raw());
            break;
        case '/close':
            $c->close(new Response(200, ['X-Bye' => '1'], 'bye'));
            break;
        default:
            $c->send('plain');
    }
};
$w->onClose = function ($c) { echo "close\n"; };
Worker::runAll();
PHP));
$server->waitReady();
$c = wm_connect($port);
foreach (['/five', '/', '/four', '/', '/response', '/object'] as $path) {
    echo json_encode(wm_http_get($c, $path)), "\n";
}
fwrite($c, "GET /close HTTP/1.1\r\nHost: a\r\n\r\n");
echo json_encode(wm_read_all($c)), "\n";
fclose($c);
$server->waitFor("close\n");
$out = $server->stop();
preg_match_all('/^(kept|unset|close|\[|\{).*$/m', $out, $m);
echo implode("\n", $m[0]), "\n";
?>
--EXPECT--
"HTTP\/1.1 200 OK\r\nX-A: a\r\nX-L: 1\r\nX-L: 2\r\n7: num\r\nConnection: keep-alive\r\nContent-Type: text\/plain\r\nContent-Length: 4\r\n\r\nbody"
"HTTP\/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 5\r\n\r\nplain"
"HTTP\/1.1 200 OK\r\nX-C: c2\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 4\r\n\r\nfour"
"HTTP\/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 5\r\n\r\nplain"
"HTTP\/1.1 201 Created\r\nX-Own: o\r\nX-R: r\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 4\r\n\r\nresp"
"HTTP\/1.1 204 No Content\r\n\r\n"
"HTTP\/1.1 200 OK\r\nX-Bye: 1\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 3\r\n\r\nbye"
unset
[]
close
