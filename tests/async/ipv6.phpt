--TEST--
AsyncTcpConnection: an IPv6 literal target ([::1]); the remote address becomes the real peer "[::1]:port"
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php if (!@stream_socket_server('tcp://[::1]:0')) die('skip no IPv6 loopback'); ?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$s = stream_socket_server('tcp://[::1]:0');
$port = (int)substr(strrchr(stream_socket_get_name($s, false), ':'), 1);
fclose($s);
$server = new WmServer(str_replace('__PORT__', (string)$port, <<<'PHP'
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;
function out(...$a) { echo "> ", implode(' ', array_map(fn($v) => is_string($v) ? $v : json_encode($v), $a)), "\n"; }
$w = new Worker('tcp://[::1]:__PORT__');
$w->onMessage = function ($c, $data) { out('server peer', $c->getRemoteIp(), $c->isIpV6()); $c->close("bye"); };
$w->onWorkerStart = function () {
    $c = new AsyncTcpConnection('tcp://[::1]:__PORT__');
    out('before', $c->getRemoteAddress(), $c->getRemoteIp(), $c->getRemotePort(), $c->getRemoteHost(), $c->isIpV6());
    $c->onConnect = function ($c) {
        out('onConnect', $c->getRemoteAddress(), $c->getRemoteIp(), $c->getRemotePort(), $c->isIpV6(), $c->isIpV4(), $c->getLocalIp());
        $c->send('x');
    };
    $c->onMessage = function ($c, $data) { out('got', $data); };
    $c->onClose = function () { out('closed'); echo "DONE\n"; };
    $c->connect();
    wm_ready();
};
Worker::runAll();
PHP));
$server->waitReady();
$server->waitFor("DONE");
preg_match_all('/^> .*$/m', $server->stop(), $m);
echo str_replace((string)$port, 'PORT', implode("\n", $m[0])), "\n";
?>
--EXPECT--
> before [::1]:PORT [::1] PORT [::1] true
> onConnect [::1]:PORT [::1] PORT true false [::1]
> server peer [::1] true
> got bye
> closed
