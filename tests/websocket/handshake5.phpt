--TEST--
WebSocket handshake under API profile 5: 5.2.2's bytes (101 "Switching Protocol" without a Server line, header lines with CR/LF dropped, string headers ignored), its Sec-WebSocket-Version check (400 naming 13, 426), its 400 form, and onWebSocketConnect($connection, Request) with no superglobals
--EXTENSIONS--
workerman
posix
--FILE--
<?php
putenv('WM_API=5'); // the servers below run under profile 5, whatever the suite's profile
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('websocket://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onWebSocketConnect = function (\$c, \$request) {
    echo 'connect ', get_class(\$request), ' ', \$request->path(), ' ', \$request->get('a'), ' ', json_encode(\$_GET ?? null), "\\n";
    if (\$request->get('h') === 'list') { \$c->headers = ['X-A: 1', "X-Bad: 1\\r\\nX-Injected: 2"]; }
    if (\$request->get('h') === 'string') { \$c->headers = 'X-S: 1'; }
};
Worker::runAll();
PHP);
$server->waitReady();
function exchange(int $port, string $request): string {
    $c = wm_connect($port);
    fwrite($c, $request);
    $out = wm_read_all($c, 3);
    fclose($c);
    return $out;
}
$key = "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";
$base = "GET /chat?a=1&h=%s HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n";
foreach (['list', 'string'] as $h) {
    $c = wm_connect($port);
    fwrite($c, sprintf($base, $h) . $key . "Sec-WebSocket-Version: 13\r\n\r\n");
    echo json_encode(wm_ws_read_head($c)), "\n";
    fclose($c);
}
echo json_encode(exchange($port, sprintf($base, 'none') . $key . "\r\n")), "\n";
echo json_encode(exchange($port, sprintf($base, 'none') . $key . "Sec-WebSocket-Version: 8\r\n\r\n")), "\n";
echo json_encode(exchange($port, sprintf($base, 'none') . "Sec-WebSocket-Version: 13\r\n\r\n")), "\n";
echo json_encode(exchange($port, "POST / HTTP/1.1\r\n\r\n")), "\n";
$out = $server->stop();
preg_match_all('/^connect .*$/m', $out, $m);
echo implode("\n", $m[0]), "\n";
?>
--EXPECT--
"HTTP\/1.1 101 Switching Protocol\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\nX-A: 1\r\n\r\n"
"HTTP\/1.1 101 Switching Protocol\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n"
"HTTP\/1.1 400 Bad Request\r\nSec-WebSocket-Version: 13\r\n\r\n"
"HTTP\/1.1 426 Upgrade Required\r\nConnection: Upgrade\r\nUpgrade: WebSocket\r\nSec-WebSocket-Version: 13\r\n\r\n"
"HTTP\/1.1 400 Bad Request\r\n\r\n<div style=\"text-align:center\"><h1>400 Bad Request<\/h1><hr>workerman<\/div>"
"HTTP\/1.1 400 Bad Request\r\n\r\n<div style=\"text-align:center\"><h1>400 Bad Request<\/h1><hr>workerman<\/div>"
connect Workerman\Protocols\Http\Request /chat 1 []
connect Workerman\Protocols\Http\Request /chat 1 []
