--TEST--
AsyncTcpConnection: send() before connect() is encoded, queued (null) and arrives first; text:// framing both ways; onBufferDrain after the flush
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
function out(...$a) { echo "> ", implode(' ', array_map(fn($v) => is_string($v) ? $v : json_encode($v), $a)), "\n"; }
$w = new Worker('tcp://127.0.0.1:__PORT__');
$w->onMessage = function ($c, $data) { out('server got', json_encode($data)); $c->send("reply1\nreply2\n"); };
$w->onWorkerStart = function () {
    $c = new AsyncTcpConnection('text://127.0.0.1:__PORT__');
    out('protocol', $c->protocol, $c->transport);
    out('send before connect', $c->send('first'), $c->send('second'), $c->getSendBufferQueueSize());
    $c->onConnect = function ($c) { out('onConnect', $c->send('third')); };
    $c->onBufferDrain = function ($c) { out('drain'); };
    $n = 0;
    $c->onMessage = function ($c, $data) use (&$n) {
        out('client got', $data);
        if (++$n === 2) { $c->close(); echo "DONE\n"; }
    };
    $c->connect();
    out('send while connecting', $c->send('fourth'));
    wm_ready();
};
Worker::runAll();
PHP));
$server->waitReady();
$server->waitFor("DONE");
preg_match_all('/^> .*$/m', $server->stop(), $m);
echo implode("\n", $m[0]), "\n";
?>
--EXPECTF--
> protocol \Workerman\Protocols\Text tcp
> send before connect null null 13
> send while connecting null
> onConnect null
> drain
> server got "first\nsecond\nfourth\nthird\n"
> client got reply1
> client got reply2
