--TEST--
Ws client: the websocketPingInterval timer removes itself when its send() fails (send buffer full), as in 4.2.1
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
use Workerman\Timer;
use Workerman\Connection\AsyncTcpConnection;
function out(...$a) { echo "> " . implode(' ', array_map(fn($v) => is_string($v) ? json_encode($v, JSON_UNESCAPED_SLASHES) : var_export($v, true), $a)) . "\n"; }
$w = new Worker();
$w->onWorkerStart = function () {
    $c = new AsyncTcpConnection('ws://127.0.0.1:__WSPORT__/f');
    $c->websocketPingInterval = 0.02;
    $c->onBufferFull = function ($c) { out('onBufferFull'); };
    $c->onError = function ($c, $code, $msg) {
        out('onError', $code, $msg);
        Timer::add(0.1, function () { out('timers', Worker::$globalEvent->getTimerCount()); }, [], false);
    };
    $c->onWebSocketConnect = function ($c) {
        out('big send', $c->send(str_repeat('x', 32 << 20)), Worker::$globalEvent->getTimerCount());
    };
    $c->onClose = function ($c) { out('onClose'); };
    $c->connect();
    wm_ready();
};
Worker::runAll();
PHP));
$server->waitReady();
$c = wsc_accept($srv);
$head = wsc_read_head($c);
fwrite($c, wsc_reply($head));
$server->waitFor('> "timers"');
fclose($c);
$server->waitFor('> "onClose"');
echo wsc_worker_output($server->stop());
?>
--EXPECT--
> "onBufferFull"
> "big send" NULL 0
> "onError" 2 "send buffer full and drop package"
> "timers" 0
> "onClose"
