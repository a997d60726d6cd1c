--TEST--
Http server: hello world reply bytes, Request object per request, keep-alive kept on Connection: close and HTTP/1.0
--EXTENSIONS--
workerman
posix
--FILE--
<?php
putenv('WM_API=5'); // 5.x reply bytes (profile 4 adds its Server line: tests/http/profile4_bytes.phpt)
require __DIR__ . '/http.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
\$w = new Worker('http://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onMessage = function (TcpConnection \$c, \$r) {
    echo get_class(\$r), ' ', \$r->method(), ' ', \$r->path(), ' ', \$r->protocolVersion(), "\\n";
    \$c->send(\$r->path() === '/' ? 'hello world' : 'total ' . TcpConnection::\$statistics['total_request']);
};
\$w->onClose = function (\$c) { echo "close\\n"; };
Worker::runAll();
PHP);
$server->waitReady();
$c = wm_connect($port);
echo json_encode(wm_http_get($c)), "\n";
echo json_encode(wm_http_get($c, '/x', "Connection: close\r\n")), "\n";
fwrite($c, "GET /old HTTP/1.0\r\n\r\n");
echo json_encode(wm_http_read_reply($c)), "\n";
echo json_encode(wm_http_get($c, '/last')), "\n";
fclose($c);
$server->waitFor("close\n");
$out = $server->stop();
preg_match_all('/^(Workerman\\\\Protocols|close).*$/m', $out, $m);
echo implode("\n", $m[0]), "\n";
?>
--EXPECT--
"HTTP\/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 11\r\n\r\nhello world"
"HTTP\/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 7\r\n\r\ntotal 2"
"HTTP\/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 7\r\n\r\ntotal 3"
"HTTP\/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 7\r\n\r\ntotal 4"
Workerman\Protocols\Http\Request GET / 1.1
Workerman\Protocols\Http\Request GET /x 1.1
Workerman\Protocols\Http\Request GET /old 1.0
Workerman\Protocols\Http\Request GET /last 1.1
close
