--TEST--
AsyncTcpConnection: onClose calling reconnect(0.1) reconnects (attempts counted, then stopped); reconnect from onError; reConnect spelling; cancelReconnect() stops a pending one
--EXTENSIONS--
workerman
posix
--FILE--
<?php
putenv('WM_API=4'); // reconnect(0.1) is a float delay in 4.x (5.x takes an int: tests/differential/async_client5.phpt)
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$dead = wm_free_port();
$server = new WmServer(str_replace(['__PORT__', '__DEAD__'], [(string)$port, (string)$dead], <<<'PHP'
use Workerman\Worker;
use Workerman\Timer;
use Workerman\Connection\AsyncTcpConnection;
use Workerman\Connection\TcpConnection;
function out(...$a) { echo "> ", implode(' ', array_map(fn($v) => is_string($v) ? $v : json_encode($v), $a)), "\n"; }
$w = new Worker('tcp://127.0.0.1:__PORT__');
$w->onConnect = function ($c) { $c->close("bye\n"); }; // the server hangs up each time
$w->onWorkerStart = function () {
    // 1. a live server that closes: onClose -> reconnect(0.1), three connects
    $c = new AsyncTcpConnection('text://127.0.0.1:__PORT__');
    $ids = [];
    $c->onConnect = function ($c) use (&$ids) { $ids[] = $c->id; out('connected', count($ids)); };
    $c->onMessage = function ($c, $data) { out('got', $data); };
    $c->onClose = function ($c) use (&$ids) {
        out('onClose', count($ids), $c->getStatus(false));
        if (count($ids) < 3) {
            $c->reconnect(0.1);
            out('status after reconnect', $c->getStatus(false), isset(TcpConnection::$connections[$c->id]));
        } else {
            out('same id each time', count(array_unique($ids)) === 1);
            Timer::add(0.01, 'second', [], false);
        }
    };
    $c->connect();
    wm_ready();
};
// 2. a dead port: onError reconnects at once twice (reConnect spelling), then gives up
function second() {
    $d = new AsyncTcpConnection('tcp://127.0.0.1:__DEAD__');
    $errors = 0;
    $d->onError = function ($d, $code, $msg) use (&$errors) {
        out('onError', ++$errors, $code);
        if ($errors < 3) {
            $d->reConnect();
        }
    };
    $d->onClose = function ($d) use (&$errors) {
        out('d onClose after errors', $errors);
        if ($errors === 3) {
            third();
        }
    };
    $d->connect();
}
// 3. cancelReconnect(): the pending reconnect never happens
function third() {
    $e = new AsyncTcpConnection('tcp://127.0.0.1:__PORT__');
    $e->onConnect = function () { out('must not connect'); };
    $e->reconnect(0.1);
    $n = Worker::$globalEvent->getTimerCount();
    out('timers pending', $n > 0);
    $e->cancelReconnect();
    out('e status', $e->getStatus(false), Worker::$globalEvent->getTimerCount() === $n - 1);
    Timer::add(0.3, function () { echo "DONE\n"; }, [], false);
}
Worker::runAll();
PHP));
$server->waitReady();
$server->waitFor("DONE");
preg_match_all('/^> .*$/m', $server->stop(), $m);
echo implode("\n", $m[0]), "\n";
?>
--EXPECT--
> connected 1
> got bye
> onClose 1 CLOSED
> status after reconnect INITIAL true
> connected 2
> got bye
> onClose 2 CLOSED
> status after reconnect INITIAL true
> connected 3
> got bye
> onClose 3 CLOSED
> same id each time true
> onError 1 1
> onError 2 1
> onError 3 1
> d onClose after errors 3
> timers pending true
> e status INITIAL true
