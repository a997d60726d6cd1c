--TEST--
Http server: file replies (whole, range, offset, 404, 403 when the file cannot be opened), a pipelined request answered after a 3 MB file, no fd left open (also when the client leaves mid-file)
--EXTENSIONS--
workerman
posix
--FILE--
<?php
putenv('WM_API=5'); // 5.x reply bytes (profile 4 adds its Server line: tests/http/profile4_bytes.phpt)
require __DIR__ . '/http.inc';
$port = wm_free_port();
$dir = sys_get_temp_dir() . '/wm-http-file-' . getmypid();
@mkdir($dir);
file_put_contents("$dir/hello.html", '0123456789');
$big = '';
for ($i = 0; $i < 3 * 1024; $i++) {
    $big .= str_pad("$i:", 1024, '.');
}
file_put_contents("$dir/big.html", $big);
$server = new WmServer(str_replace(['__PORT__', '__DIR__'], [$port, $dir], <<<'PHP'
use Workerman\Worker;
use Workerman\Protocols\Http\Response;
$w = new Worker('http://127.0.0.1:__PORT__');
$w->onWorkerStart = function () { wm_ready(); };
$w->onMessage = function ($c, $r) {
    $res = new Response(200, ['Last-Modified' => 'fixed']);
    switch ($r->path()) {
        case '/small': $c->send($res->withFile('__DIR__/hello.html')); break;
        case '/range': $c->send($res->withFile('__DIR__/hello.html', 2, 5)); break;
        case '/offset': $c->send($res->withFile('__DIR__/hello.html', 7)); break;
        case '/missing': $c->send($res->withFile('__DIR__/none.html')); break;
        case '/big': echo "send ", var_export($c->send($res->withFile('__DIR__/big.html')), true), "\n"; break;
        case '/gone':
            file_put_contents('__DIR__/gone.html', 'x');
            $res->withFile('__DIR__/gone.html');
            unlink('__DIR__/gone.html');
            $c->send($res);
            break;
        case '/fds': $c->send((string)count(scandir('/proc/self/fd'))); break;
        default: $c->send('after');
    }
};
$w->onClose = function ($c) { echo "close\n"; };
Worker::runAll();
PHP));
$server->waitReady();
$c = wm_connect($port);
$fds = function () use ($c) { $r = wm_http_get($c, '/fds'); return substr($r, strpos($r, "\r\n\r\n") + 4); };
$fds_before = $fds();
foreach (['/small', '/range', '/offset', '/missing'] as $path) {
    echo json_encode(wm_http_get($c, $path)), "\n";
}
fwrite($c, "GET /big HTTP/1.1\r\nHost: a\r\n\r\nGET /after HTTP/1.1\r\nHost: a\r\n\r\n");
$reply = wm_http_read_reply($c);
[$head, $body] = explode("\r\n\r\n", $reply, 2);
echo json_encode($head), "\n", $body === $big ? "big body intact\n" : "big body differs (" . strlen($body) . ")\n";
echo json_encode(wm_http_read_reply($c)), "\n";
/* A client leaving in the middle of a file reply: the fd goes with the connection. */
$d = wm_connect($port);
fwrite($d, "GET /big HTTP/1.1\r\nHost: a\r\n\r\n");
wm_read_exact($d, 1000);
fclose($d);
$server->waitFor("close\n");
echo $fds() === $fds_before ? "no file left open\n" : "fds before $fds_before, after " . $fds() . "\n";
fwrite($c, "GET /gone HTTP/1.1\r\nHost: a\r\n\r\n");
echo json_encode(wm_read_all($c)), "\n";
fclose($c);
$server->waitFor("close\n", 2);
$out = $server->stop();
preg_match_all('/^(send|close).*$/m', $out, $m);
echo implode("\n", $m[0]), "\n";
foreach (glob("$dir/*") as $f) { unlink($f); }
rmdir($dir);
?>
--EXPECT--
"HTTP\/1.1 200 OK\r\nLast-Modified: fixed\r\nContent-Length: 10\r\nAccept-Ranges: bytes\r\nConnection: keep-alive\r\nContent-Type: text\/html\r\n\r\n0123456789"
"HTTP\/1.1 200 OK\r\nLast-Modified: fixed\r\nContent-Length: 5\r\nAccept-Ranges: bytes\r\nContent-Range: bytes 2-6\/10\r\nConnection: keep-alive\r\nContent-Type: text\/html\r\n\r\n23456"
"HTTP\/1.1 200 OK\r\nLast-Modified: fixed\r\nContent-Length: 3\r\nAccept-Ranges: bytes\r\nContent-Range: bytes 7-9\/10\r\nConnection: keep-alive\r\nContent-Type: text\/html\r\n\r\n789"
"HTTP\/1.1 404 Not Found\r\nLast-Modified: fixed\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 22\r\n\r\n<h3>404 Not Found<\/h3>"
"HTTP\/1.1 200 OK\r\nLast-Modified: fixed\r\nContent-Length: 3145728\r\nAccept-Ranges: bytes\r\nConnection: keep-alive\r\nContent-Type: text\/html"
big body intact
"HTTP\/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 5\r\n\r\nafter"
no file left open
"HTTP\/1.1 403 Forbidden\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 13\r\nConnection: keep-alive\r\n\r\n403 Forbidden"
send NULL
send NULL
close
close
