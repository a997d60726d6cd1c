--TEST--
Keep-alive limit and streamed replies: with Http::$keepAliveTimeout = 2, a Server-Sent Events stream that sends an event every 0.2 s runs on for 15 events (3 s, past the limit), and the connection is closed once the stream has been silent for the limit
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Timer;
use Workerman\Protocols\Http;
use Workerman\Protocols\Http\Response;
use Workerman\Protocols\Http\ServerSentEvents;
Http::\$keepAliveTimeout = 2;
\$w = new Worker('http://127.0.0.1:$port');
\$w->onMessage = function (\$c, \$r) {
    \$c->send(new Response(200, ['Content-Type' => 'text/event-stream'], "\\r\\n"));
    \$n = 0;
    \$id = Timer::add(0.2, function () use (\$c, &\$n, &\$id) {
        \$c->send(new ServerSentEvents(['data' => 'tick ' . ++\$n]));
        if (\$n === 15) {
            Timer::del(\$id);
        }
    });
};
\$w->onClose = function () { echo "closed\\n"; };
\$w->onWorkerStart = function () { wm_ready(); };
Worker::runAll();
PHP);
$server->waitReady();
$c = wm_connect($port);
fwrite($c, "GET /sse HTTP/1.1\r\nHost: x\r\n\r\n");
echo substr_count(wm_read_all($c, wm_timeout(15)), "data: tick "), " events, then closed by the server\n";
echo $server->waitFor("closed\n") ? "onClose ran\n" : "no onClose\n";
$server->stop();
?>
--EXPECT--
15 events, then closed by the server
onClose ran
