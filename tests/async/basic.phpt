--TEST--
AsyncTcpConnection: connect, onConnect, send/echo, close with onClose once; addresses, statistics and TcpConnection::$connections
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(str_replace('__PORT__', (string)$port, <<<'PHP'
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;
use Workerman\Connection\TcpConnection;
function out(...$a) { echo "> ", implode(' ', array_map(fn($v) => is_string($v) ? $v : json_encode($v), $a)), "\n"; }
$w = new Worker('tcp://127.0.0.1:__PORT__');
$w->onMessage = function ($c, $data) { $c->send("echo:$data"); };
$w->onWorkerStart = function () {
    $before = TcpConnection::$statistics['connection_count'];
    $c = new AsyncTcpConnection('tcp://127.0.0.1:__PORT__/some/path?a=1&b=2');
    out('class', get_class($c), $c instanceof TcpConnection);
    out('count', TcpConnection::$statistics['connection_count'] - $before, isset(TcpConnection::$connections[$c->id]));
    out('status', $c->getStatus(false), $c->getStatus() === TcpConnection::STATUS_INITIAL);
    out('before', $c->getRemoteAddress(), $c->getRemoteIp(), $c->getRemotePort(), $c->getRemoteHost(), $c->getRemoteURI());
    out('props', $c->transport, $c->protocol, $c->worker, $c->onConnect);
    $c->onConnect = function ($c) {
        out('onConnect', $c->getStatus(false), $c->getRemoteIp(), $c->getRemotePort() === (int)'__PORT__', $c->getRemoteHost());
        out('local', $c->getLocalIp(), $c->getLocalPort() > 0, $c->isIpV4(), $c->isIpV6());
        out('send', $c->send('hello'));
    };
    $c->onMessage = function ($c, $data) {
        out('message', $data);
        $c->close();
        out('after close', $c->getStatus(false));
    };
    $c->onClose = function ($c) {
        out('onClose', $c->getStatus(false), isset(TcpConnection::$connections[$c->id]));
    };
    $c->connect();
    out('connecting', $c->getStatus(false), $c->getStatus() === TcpConnection::STATUS_CONNECTING);
    $c->connect(); // ignored while connecting
    $ref = WeakReference::create($c);
    $id = $c->id;
    $c = null;
    \Workerman\Timer::add(0.3, function () use ($ref, $id, $before) {
        out('freed', $ref->get(), isset(TcpConnection::$connections[$id]), TcpConnection::$statistics['connection_count'] - $before);
        // close() while connecting destroys at once
        $d = new AsyncTcpConnection('tcp://127.0.0.1:__PORT__');
        $d->onConnect = function () { out('must not connect'); };
        $d->onClose = function ($d) { out('d onClose', $d->getStatus(false)); };
        $d->connect();
        $d->close();
        out('d closed', $d->getStatus(false));
        echo "DONE\n";
    }, [], false);
    wm_ready();
};
Worker::runAll();
PHP));
$server->waitReady();
$server->waitFor("DONE");
$server->waitFor("DONE", 1, 0.3);
preg_match_all('/^> .*$/m', $server->stop(), $m);
echo str_replace((string)$port, 'PORT', implode("\n", $m[0])), "\n";
?>
--EXPECT--
> class Workerman\Connection\AsyncTcpConnection true
> count 1 true
> status INITIAL true
> before 127.0.0.1:PORT 127.0.0.1 PORT 127.0.0.1 /some/path?a=1&b=2
> props tcp null null null
> connecting CONNECTING true
> onConnect ESTABLISHED 127.0.0.1 true 127.0.0.1
> local 127.0.0.1 true true false
> send true
> message echo:hello
> onClose CLOSED true
> after close CLOSED
> freed null false 0
> d onClose CLOSED
> d closed CLOSED
