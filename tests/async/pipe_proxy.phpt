--TEST--
AsyncTcpConnection: a tiny proxy, pipe() between an accepted connection and an AsyncTcpConnection carries data both ways; closing the client closes the upstream
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$backend = wm_free_port();
$server = new WmServer(str_replace(['__PORT__', '__BACKEND__'], [(string)$port, (string)$backend], <<<'PHP'
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;
$b = new Worker('tcp://127.0.0.1:__BACKEND__');
$b->onMessage = function ($c, $data) { $c->send(strtoupper($data)); };
$b->onClose = function () { echo "backend saw close\n"; };
$p = new Worker('tcp://127.0.0.1:__PORT__');
$p->onConnect = function ($client) {
    $up = new AsyncTcpConnection('tcp://127.0.0.1:__BACKEND__');
    $client->pipe($up);
    $up->pipe($client);
    $up->connect();
};
$p->onWorkerStart = function () { wm_ready(); };
Worker::runAll();
PHP));
$server->waitReady();
$c = wm_connect($port);
fwrite($c, "hello proxy");
var_dump(wm_read_exact($c, 11));
fwrite($c, str_repeat('x', 100000));
var_dump(wm_read_exact($c, 100000) === str_repeat('X', 100000));
fclose($c);
var_dump($server->waitFor("backend saw close"));
$server->stop();
?>
--EXPECT--
string(11) "HELLO PROXY"
bool(true)
bool(true)
