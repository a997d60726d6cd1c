--TEST--
Hardening: $connection->headers and 4.x's __header with CR, LF or NUL make send() throw naming the header (string and Response replies), the bad headers are dropped, the connection and worker go on
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../http/http.inc';
$port = wm_free_port();
$server = new WmServer(str_replace('__PORT__', $port, <<<'PHP'
use Workerman\Worker;
use Workerman\Protocols\Http\Response;
$w = new Worker('http://127.0.0.1:__PORT__');
$w->onWorkerStart = function () { wm_ready(); };
$w->onMessage = function ($c, $r) {
    $value = $r->get('v');
    switch ($r->path()) {
        case '/string':
            $c->headers = ['X-Echo' => $value];
            break;
        case '/response':
            $c->headers = ['X-Echo' => $value];
            break;
        case '/four':
            $c->__header = ['X-Four' => $value];
            break;
    }
    try {
        $c->send($r->path() === '/response' ? new Response(200, [], 'resp') : 'body');
    } catch (InvalidArgumentException $e) {
        echo "caught: ", $e->getMessage(), "\n";
        $c->send('refused');
    }
};
Worker::runAll();
PHP));
$server->waitReady();
$c = wm_connect($port);
foreach (['/string', '/response', '/four'] as $path) {
    foreach (['ok', "a\r\nSet-Cookie: evil=1", "a\0b"] as $v) {
        $reply = wm_http_get($c, $path . '?v=' . rawurlencode($v));
        echo json_encode(preg_replace('/^Server: workerman\r\n/m', '', $reply)), "\n";
    }
}
fclose($c);
$out = $server->stop();
preg_match_all('/^caught: .*$/m', $out, $m);
echo implode("\n", $m[0]), "\n";
?>
--EXPECT--
"HTTP\/1.1 200 OK\r\nX-Echo: ok\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 4\r\n\r\nbody"
"HTTP\/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 7\r\n\r\nrefused"
"HTTP\/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 7\r\n\r\nrefused"
"HTTP\/1.1 200 OK\r\nX-Echo: ok\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 4\r\n\r\nresp"
"HTTP\/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 7\r\n\r\nrefused"
"HTTP\/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 7\r\n\r\nrefused"
"HTTP\/1.1 200 OK\r\nX-Four: ok\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 4\r\n\r\nbody"
"HTTP\/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 7\r\n\r\nrefused"
"HTTP\/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 7\r\n\r\nrefused"
caught: Header 'X-Echo' may not contain more than a single header, new line detected
caught: Header 'X-Echo' may not contain NUL bytes
caught: Header 'X-Echo' may not contain more than a single header, new line detected
caught: Header 'X-Echo' may not contain NUL bytes
caught: Header 'X-Four' may not contain more than a single header, new line detected
caught: Header 'X-Four' may not contain NUL bytes
