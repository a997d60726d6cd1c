--TEST--
AsyncTcpConnection: connecting to a port nobody listens on gives onError(WORKERMAN_CONNECT_FAIL, "connect <addr> fail after <s> seconds") in CLOSING, then onClose; onConnect is dropped
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$dead = wm_free_port();
$server = new WmServer(str_replace(['__PORT__', '__DEAD__'], [(string)$port, (string)$dead], <<<'PHP'
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;
use Workerman\Connection\TcpConnection;
function out(...$a) { echo "> ", implode(' ', array_map(fn($v) => is_string($v) ? $v : json_encode($v), $a)), "\n"; }
$w = new Worker('tcp://127.0.0.1:__PORT__');
$w->onWorkerStart = function () {
    $c = new AsyncTcpConnection('tcp://127.0.0.1:__DEAD__');
    $c->onConnect = function () { out('must not connect'); };
    $c->onError = function ($c, $code, $msg) {
        out('onError', $code, $code === WORKERMAN_CONNECT_FAIL, $msg, $c->getStatus(false));
        out('send in onError', $c->send('x'));
    };
    $c->onClose = function ($c) { out('onClose', $c->getStatus(false), isset(TcpConnection::$connections[$c->id])); };
    $c->send('queued');
    $c->connect();
    \Workerman\Timer::add(0.2, function () use ($c) {
        out('after', $c->getStatus(false), $c->onConnect, $c->onError, isset(TcpConnection::$connections[$c->id]));
        echo "DONE\n";
    }, [], false);
    wm_ready();
};
Worker::runAll();
PHP));
$server->waitReady();
$server->waitFor("DONE");
preg_match_all('/^> .*$/m', $server->stop(), $m);
echo str_replace((string)$dead, 'DEAD', implode("\n", $m[0])), "\n";
?>
--EXPECTF--
> onError 1 true connect 127.0.0.1:DEAD fail after %r(0|0\.\d{1,4})%r seconds CLOSING
> send in onError false
> onClose CLOSED true
> after CLOSED null null false
