--TEST--
HTTP under API profile 4: 4.2.1's bytes: "Server: workerman" after the status line of string replies, Responses (unless a 'Server' header is set) and file heads; rejections in 4.2.1's forms (400, 413 "Request Entity Too Large", 413 for a head over 16384 bytes) sent with close(), not end()
--EXTENSIONS--
workerman
posix
--FILE--
<?php
putenv('WM_API=4'); // the server below runs under profile 4, whatever the suite's profile
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$file = sys_get_temp_dir() . '/wm-p4-' . getmypid() . '.txt';
file_put_contents($file, "file body\n");
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Protocols\Http\Response;
\$w = new Worker('http://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onMessage = function (\$c, \$req) {
    switch (\$req->path()) {
        case '/string': \$c->send('hi'); break;
        case '/plain': \$c->send(new Response(200, [], 'ok')); break;
        case '/headers': \$c->send(new Response(201, ['X-A' => '1'], 'ok')); break;
        case '/own-server': \$c->send(new Response(200, ['Server' => 'mine'], 'ok')); break;
        case '/file': \$c->send((new Response())->withFile('$file')); break;
    }
};
Worker::runAll();
PHP);
$server->waitReady();
function ask(int $port, string $request, bool $keep = true): string {
    $c = wm_connect($port);
    fwrite($c, $request);
    $out = '';
    $deadline = microtime(true) + 3;
    while (microtime(true) < $deadline && !feof($c)) {
        $chunk = fread($c, 65536);
        if ($chunk === '' || $chunk === false) { usleep(1000); continue; }
        $out .= $chunk;
        if ($keep && preg_match('/\r\n\r\n/', $out) && preg_match('/Content-Length: (\d+)/', $out, $m)
            && strlen($out) >= strpos($out, "\r\n\r\n") + 4 + (int) $m[1]) {
            break;
        }
    }
    fclose($c);
    return $out;
}
foreach (['/string', '/plain', '/headers', '/own-server'] as $path) {
    echo json_encode(ask($port, "GET $path HTTP/1.1\r\nHost: x\r\n\r\n")), "\n";
}
$head = ask($port, "GET /file HTTP/1.1\r\nHost: x\r\n\r\n");
echo json_encode(substr($head, 0, strpos($head, 'Content-Type'))), "\n";
echo json_encode(ask($port, "BREW / HTTP/1.1\r\nHost: x\r\n\r\n", false)), "\n";
echo json_encode(ask($port, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n\r\n", false)), "\n";
echo json_encode(ask($port, "GET / HTTP/1.1\r\nX: " . str_repeat('a', 17000), false)), "\n";
$server->stop();
unlink($file);
?>
--EXPECT--
"HTTP\/1.1 200 OK\r\nServer: workerman\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 2\r\n\r\nhi"
"HTTP\/1.1 200 OK\r\nServer: workerman\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\nok"
"HTTP\/1.1 201 Created\r\nServer: workerman\r\nX-A: 1\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 2\r\n\r\nok"
"HTTP\/1.1 200 OK\r\nServer: mine\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 2\r\n\r\nok"
"HTTP\/1.1 200 OK\r\nServer: workerman\r\nContent-Length: 10\r\nAccept-Ranges: bytes\r\nConnection: keep-alive\r\n"
"HTTP\/1.1 400 Bad Request\r\n\r\n"
"HTTP\/1.1 413 Request Entity Too Large\r\n\r\n"
"HTTP\/1.1 413 Request Entity Too Large\r\n\r\n"
