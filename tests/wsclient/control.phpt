--TEST--
Ws client: fragmented messages, ping (auto-pong, then onWebSocketPing with websocketType "\x8a"), pong (ignored, then onWebSocketPong), close (onWebSocketClose, and the default close())
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/wsclient.inc';
$wsport = wm_free_port();
$srv = wsc_listen($wsport);
$server = new WmServer(str_replace('__WSPORT__', (string)$wsport, <<<'PHP'
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;
function out(...$a) { echo "> " . implode(' ', array_map(fn($v) => is_string($v) ? json_encode($v, JSON_UNESCAPED_SLASHES) : var_export($v, true), $a)) . "\n"; }
function client($n) {
    $c = new AsyncTcpConnection('ws://127.0.0.1:__WSPORT__/c' . $n);
    $c->onMessage = function ($c, $d) {
        out('message', $d, bin2hex($c->websocketType ?? ''));
        if ($d === 'callbacks') {
            $c->onWebSocketPing = function ($c, $data) {
                out('onWebSocketPing', $data, bin2hex($c->websocketType));
                $c->send("cb:$data");
            };
            $c->onWebSocketPong = function ($c, $data) { out('onWebSocketPong', $data, bin2hex($c->websocketType)); };
            $c->onWebSocketClose = function ($c) {
                out('onWebSocketClose', func_num_args(), $c->getStatus(false));
                $c->close();
            };
        }
    };
    $c->onClose = function ($c) use ($n) {
        out('onClose', $n, bin2hex($c->websocketType ?? ''));
        if ($n === 1) {
            client(2);
        }
    };
    $c->connect();
}
$w = new Worker();
$w->onWorkerStart = function () {
    client(1);
    wm_ready();
};
Worker::runAll();
PHP));
$server->waitReady();
$c = wsc_accept($srv);
$head = wsc_read_head($c);
fwrite($c, wsc_reply($head));
fwrite($c, wsc_frame('Hel', 1, false) . wsc_frame('lo ', 0, false));
fwrite($c, wsc_frame(str_repeat('w', 200), 0, false));
fwrite($c, wsc_frame('World', 0, true));
$server->waitFor('> "message"');
fwrite($c, wsc_frame('p1', 9));
echo wsc_describe(wsc_read_frame($c)), "\n";
fwrite($c, wsc_frame('', 9));
echo wsc_describe(wsc_read_frame($c)), "\n";
fwrite($c, wsc_frame('q1', 10) . wsc_frame('callbacks'));
$server->waitFor('"callbacks"');
fwrite($c, wsc_frame('p2', 9) . wsc_frame('q2', 10));
echo wsc_describe(wsc_read_frame($c)), "\n";
$server->waitFor('onWebSocketPong');
fwrite($c, wsc_frame("\x03\xe8", 8));
echo "closed: ", var_export(wsc_closed($c), true), "\n";
$c = wsc_accept($srv);
$head = wsc_read_head($c);
echo explode("\r\n", $head)[0], "\n";
fwrite($c, wsc_reply($head) . wsc_frame('', 8));
echo "closed: ", var_export(wsc_closed($c), true), "\n";
$server->waitFor('> "onClose" 2');
echo wsc_worker_output($server->stop());
?>
--EXPECT--
frame first=8a masked=1 key=00000000 head=8a 82 00 00 00 00 payload="p1"
frame first=8a masked=1 key=00000000 head=8a 80 00 00 00 00 payload=""
frame first=8a masked=1 key=00000000 head=8a 85 00 00 00 00 payload="cb:p2"
closed: true
GET /c2 HTTP/1.1
closed: true
> "message" "Hello wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwWorld" ""
> "message" "callbacks" "81"
> "onWebSocketPing" "p2" "8a"
> "onWebSocketPong" "q2" "8a"
> "onWebSocketClose" 1 "ESTABLISHED"
> "onClose" 1 "81"
> "onClose" 2 ""
