--TEST--
Http server: 16 pipelined requests in one write answered in order; a request split byte by byte; pauseRecv() inside onMessage holds the rest
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/http.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Timer;
\$w = new Worker('http://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onMessage = function (\$c, \$r) {
    if (\$r->path() === '/pause') {
        \$c->pauseRecv();
        Timer::add(0.05, function () use (\$c) { \$c->send('resumed'); \$c->resumeRecv(); }, [], false);
        return;
    }
    if (\$r->path() === '/chunked') {
        \$c->send(json_encode([\$r->rawBody(), \$r->header('content-length'), \$r->header('transfer-encoding')]));
        return;
    }
    \$c->send(\$r->method() . ' ' . \$r->uri() . ' ' . strlen(\$r->rawBody()));
};
Worker::runAll();
PHP);
$server->waitReady();
$c = wm_connect($port);
$batch = '';
for ($i = 0; $i < 16; $i++) {
    $batch .= $i % 2 ? "POST /p$i HTTP/1.1\r\nHost: a\r\nContent-Length: $i\r\n\r\n" . str_repeat('b', $i)
                     : "GET /g$i?q=$i HTTP/1.1\r\nHost: a\r\n\r\n";
}
fwrite($c, $batch);
$bodies = [];
for ($i = 0; $i < 16; $i++) {
    $reply = wm_http_read_reply($c);
    $bodies[] = substr($reply, strpos($reply, "\r\n\r\n") + 4);
}
echo implode(", ", $bodies), "\n";
/* Byte by byte, a body included. */
$req = "POST /split HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello";
for ($i = 0; $i < strlen($req); $i++) {
    fwrite($c, $req[$i]);
    fflush($c);
    usleep(500);
}
$reply = wm_http_read_reply($c);
echo substr($reply, strpos($reply, "\r\n\r\n") + 4), "\n";
/* Chunked byte by byte. */
$req = "POST /chunked HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n";
foreach (str_split($req, 3) as $piece) {
    fwrite($c, $piece);
    usleep(500);
}
$reply = wm_http_read_reply($c);
echo substr($reply, strpos($reply, "\r\n\r\n") + 4), "\n";
/* A pause inside onMessage: the request behind it waits for resumeRecv(). */
fwrite($c, "GET /pause HTTP/1.1\r\nHost: a\r\n\r\nGET /after HTTP/1.1\r\nHost: a\r\n\r\n");
foreach ([1, 2] as $_) {
    $reply = wm_http_read_reply($c);
    echo substr($reply, strpos($reply, "\r\n\r\n") + 4), "\n";
}
fclose($c);
$server->stop();
?>
--EXPECT--
GET /g0?q=0 0, POST /p1 1, GET /g2?q=2 0, POST /p3 3, GET /g4?q=4 0, POST /p5 5, GET /g6?q=6 0, POST /p7 7, GET /g8?q=8 0, POST /p9 9, GET /g10?q=10 0, POST /p11 11, GET /g12?q=12 0, POST /p13 13, GET /g14?q=14 0, POST /p15 15
POST /split 5
["abcde","5",null]
resumed
GET /after 0
