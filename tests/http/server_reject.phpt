--TEST--
Http server: every rejection gets 5.x's exact bytes, then end(): half-close, close; onMessage never runs
--EXTENSIONS--
workerman
posix
--FILE--
<?php
putenv('WM_API=5'); // 5.x reply bytes (profile 4 adds its Server line: tests/http/profile4_bytes.phpt)
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('http://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onConnect = function (\$c) { \$c->maxPackageSize = 1024; };
\$w->onMessage = function (\$c, \$r) { echo "message\\n"; };
\$w->onClose = function (\$c) { echo "close\\n"; };
Worker::runAll();
PHP);
$server->waitReady();
$cases = [
    'bad request line' => "get / HTTP/1.1\r\nHost: a\r\n\r\n",
    'bad target' => "GET x HTTP/1.1\r\nHost: a\r\n\r\n",
    'bad header name' => "GET / HTTP/1.1\r\nHost: a\r\nBad Name: x\r\n\r\n",
    'header without colon' => "GET / HTTP/1.1\r\nHost: a\r\nNoColon\r\n\r\n",
    'two Host' => "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
    'no Host on 1.1' => "GET / HTTP/1.1\r\nAccept: */*\r\n\r\n",
    'bad Content-Length' => "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1x\r\n\r\n1",
    'two Content-Length' => "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\n1",
    'TE and CL' => "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n",
    'TE not chunked' => "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n",
    'bad chunk size' => "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
    'chunk without CRLF' => "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n0\r\n\r\n",
    'head of 16384 bytes' => "GET / HTTP/1.1\r\nHost: a\r\nX: " . str_repeat('a', 16384) . "\r\n\r\n",
    'endless head' => "GET / HTTP/1.1\r\nHost: a\r\nX: " . str_repeat('a', 20000),
    'body over maxPackageSize' => "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1000\r\n\r\n",
    'chunked over maxPackageSize' => "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n" . str_repeat("100\r\n" . str_repeat('x', 256) . "\r\n", 5),
];
foreach ($cases as $name => $bytes) {
    $c = wm_connect($port);
    /* Big requests: the server may answer and half-close before all is written. */
    stream_set_blocking($c, false);
    $off = 0;
    $reply = '';
    $deadline = microtime(true) + 5;
    while (!feof($c) && microtime(true) < $deadline) {
        if ($off < strlen($bytes)) {
            $n = @fwrite($c, substr($bytes, $off, 8192));
            $off += $n ?: 0;
        }
        $r = [$c]; $w = null; $e = null;
        if (stream_select($r, $w, $e, 0, 20000)) {
            $chunk = fread($c, 65536);
            if ($chunk !== false) { $reply .= $chunk; }
        }
    }
    fclose($c);
    $server->waitFor("close\n");
    echo str_pad($name, 28), json_encode($reply), "\n";
}
$out = $server->stop();
echo "messages: ", substr_count($out, "message\n"), ", closes: ", substr_count($out, "close\n"), "\n";
?>
--EXPECT--
bad request line            "HTTP\/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"
bad target                  "HTTP\/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"
bad header name             "HTTP\/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"
header without colon        "HTTP\/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"
two Host                    "HTTP\/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"
no Host on 1.1              "HTTP\/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"
bad Content-Length          "HTTP\/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"
two Content-Length          "HTTP\/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"
TE and CL                   "HTTP\/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"
TE not chunked              "HTTP\/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"
bad chunk size              "HTTP\/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"
chunk without CRLF          "HTTP\/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"
head of 16384 bytes         "HTTP\/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n"
endless head                "HTTP\/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n"
body over maxPackageSize    "HTTP\/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n"
chunked over maxPackageSize "HTTP\/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n"
messages: 0, closes: 16
