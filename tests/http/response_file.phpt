--TEST--
Http\Response::withFile(): file heads (mime map, Content-Disposition, Last-Modified), 404
--EXTENSIONS--
workerman
--SKIPIF--
<?php if (Workerman\Worker::VERSION[0] !== '5') die('skip pins 5.x reply bytes (no Server line; profile 4 adds it: tests/http/profile4_bytes.phpt)'); ?>
--FILE--
<?php
use Workerman\Protocols\Http\Response;
function show($r) { echo str_replace("\r\n", "\\r\\n\n", (string)$r), "--\n"; }
$dir = sys_get_temp_dir() . '/wm_resp_file_' . getmypid();
@mkdir($dir);
foreach (['a.html', 'b.JS', 'c.unknownext', 'noext', 'd.tar.gz', 'e.woff', 'f.json', 'g.'] as $f) {
    file_put_contents("$dir/$f", 'data');
    touch("$dir/$f", 1700000000);
}
foreach (['a.html', 'b.JS', 'c.unknownext', 'noext', 'd.tar.gz', 'e.woff', 'f.json', 'g.'] as $f) {
    show((new Response())->withFile("$dir/$f"));
}
$r = (new Response(206, ['Content-Type' => 'x/y', 'Last-Modified' => 'then', 'Content-Disposition' => 'inline', 'Connection' => 'close']))
    ->withFile("$dir/c.unknownext", 1, 2);
show($r);
var_dump($r->file === ['file' => "$dir/c.unknownext", 'offset' => 1, 'length' => 2]);
$r = (new Response(200, ['X' => 'y']))->withFile("$dir/missing.txt");
show($r);
var_dump($r->file, $r->getStatusCode());
show((new Response())->withFile($dir));
show((new Response())->withFile("$dir/a.html")->withStatus(304, 'NM')->withProtocolVersion('1.0'));
foreach (glob("$dir/*") as $f) unlink($f);
rmdir($dir);
--EXPECT--
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html\r\n
Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n
\r\n
--
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: application/octet-stream\r\n
Content-Disposition: attachment; filename="b.JS"\r\n
Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n
\r\n
--
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: application/octet-stream\r\n
Content-Disposition: attachment; filename="c.unknownext"\r\n
Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n
\r\n
--
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: application/octet-stream\r\n
Content-Disposition: attachment; filename="noext"\r\n
Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n
\r\n
--
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: application/octet-stream\r\n
Content-Disposition: attachment; filename="d.tar.gz"\r\n
Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n
\r\n
--
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: application/font-woff\r\n
Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n
\r\n
--
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: application/json\r\n
Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n
\r\n
--
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: application/octet-stream\r\n
Content-Disposition: attachment; filename="g."\r\n
Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n
\r\n
--
HTTP/1.1 206 Partial Content\r\n
Content-Type: x/y\r\n
Last-Modified: then\r\n
Content-Disposition: inline\r\n
Connection: close\r\n
\r\n
--
bool(true)
HTTP/1.1 404 Not Found\r\n
X: y\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 22\r\n
\r\n
<h3>404 Not Found</h3>--
NULL
int(404)
HTTP/1.1 404 Not Found\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 22\r\n
Connection: keep-alive\r\n
\r\n
<h3>404 Not Found</h3>--
HTTP/1.0 304 NM\r\n
Connection: keep-alive\r\n
Content-Type: text/html\r\n
Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n
\r\n
--
