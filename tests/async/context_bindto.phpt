--TEST--
AsyncTcpConnection: the context option socket.bindto picks the local address and port of the outgoing connection
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$local = wm_free_port();
$server = new WmServer(str_replace(['__PORT__', '__LOCAL__'], [(string)$port, (string)$local], <<<'PHP'
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;
$w = new Worker('tcp://127.0.0.1:__PORT__');
$w->onConnect = function ($c) { echo "> server sees port ", $c->getRemotePort() === __LOCAL__ ? 'LOCAL' : $c->getRemotePort(), "\n"; };
$w->onWorkerStart = function () {
    $c = new AsyncTcpConnection('tcp://127.0.0.1:__PORT__', ['socket' => ['bindto' => '127.0.0.1:__LOCAL__']]);
    $c->onConnect = function ($c) { echo "> client local port ", $c->getLocalPort() === __LOCAL__ ? 'LOCAL' : $c->getLocalPort(), "\n"; echo "DONE\n"; };
    $c->connect();
    wm_ready();
};
Worker::runAll();
PHP));
$server->waitReady();
$server->waitFor("DONE");
$server->waitFor("server sees");
preg_match_all('/^> .*$/m', $server->stop(), $m);
sort($m[0]);
echo implode("\n", $m[0]), "\n";
?>
--EXPECT--
> client local port LOCAL
> server sees port LOCAL
