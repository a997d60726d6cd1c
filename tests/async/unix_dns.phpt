--TEST--
AsyncTcpConnection: unix:// target (remote address = the path), 'localhost' resolved from /etc/hosts, a .invalid name fails at once with PHP's getaddrinfo message, unix path nobody listens on
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$sock = sys_get_temp_dir() . '/wm-async-' . getmypid() . '.sock';
@unlink($sock);
$server = new WmServer(str_replace(['__PORT__', '__SOCK__'], [(string)$port, $sock], <<<'PHP'
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;
function out(...$a) { echo "> ", implode(' ', array_map(fn($v) => is_string($v) ? $v : json_encode($v), $a)), "\n"; }
$u = new Worker('unix://__SOCK__');
$u->onMessage = function ($c, $data) { $c->send("unix:$data"); };
$t = new Worker('tcp://127.0.0.1:__PORT__');
$t->onMessage = function ($c, $data) { $c->send("tcp:$data"); };
$t->onWorkerStart = function () {
    $c = new AsyncTcpConnection('unix://__SOCK__');
    out('unix before', $c->transport, $c->getRemoteAddress(), $c->getRemoteHost(), $c->getRemoteURI());
    $c->onConnect = function ($c) {
        out('unix onConnect', $c->getRemoteAddress(), $c->getRemoteIp(), $c->getRemotePort(), $c->isIpV4(), $c->isIpV6());
        $c->send('ping');
    };
    $c->onMessage = function ($c, $data) { out('unix got', $data); $c->close(); localhost(); };
    $c->connect();
    wm_ready();
};
function localhost() {
    $c = new AsyncTcpConnection('tcp://localhost:__PORT__/');
    out('localhost before', $c->getRemoteAddress(), $c->getRemoteHost());
    $c->onConnect = function ($c) { out('localhost onConnect', $c->getRemoteAddress(), $c->getRemoteHost()); $c->send('ping'); };
    $c->onMessage = function ($c, $data) { out('localhost got', $data); $c->close(); invalid(); };
    $c->connect();
}
function invalid() {
    $c = new AsyncTcpConnection('tcp://nonexistent.invalid:__PORT__');
    $start = microtime(true);
    $c->onConnect = function () { out('must not connect'); };
    $c->onError = function ($c, $code, $msg) { out('invalid onError', $code, $msg, $c->getStatus(false)); };
    $c->onClose = function ($c) use ($start) {
        out('invalid onClose', $c->getStatus(false), microtime(true) - $start < 1);
        $d = new AsyncTcpConnection('unix:///nonexistent-dir/none.sock');
        $d->onError = function ($c, $code, $msg) { out('missing unix onError', $code, $msg); };
        $d->onClose = function () { out('missing unix onClose'); };
        $d->connect();
    };
    $c->connect();
    out('after invalid connect', $c->getStatus(false));
    echo "DONE\n";
}
Worker::runAll();
PHP));
$server->waitReady();
$server->waitFor("DONE");
preg_match_all('/^> .*$/m', $server->stop(), $m);
echo str_replace([(string)$port, $sock], ['PORT', 'SOCK'], implode("\n", $m[0])), "\n";
@unlink($sock);
?>
--EXPECT--
> unix before unix SOCK  
> unix onConnect SOCK  0 false false
> unix got unix:ping
> localhost before localhost:PORT localhost
> localhost onConnect 127.0.0.1:PORT localhost
> localhost got tcp:ping
> invalid onError 1 php_network_getaddresses: getaddrinfo for nonexistent.invalid failed: Name or service not known CLOSING
> invalid onClose CLOSED true
> missing unix onError 1 No such file or directory
> missing unix onClose
> after invalid connect CLOSED
