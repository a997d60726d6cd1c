--TEST--
AsyncTcpConnection: a user protocol scheme resolves to '\Protocols\<Name>'; its encode/input/decode run and its static onConnect runs after the user's onConnect
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(str_replace('__PORT__', (string)$port, <<<'PHP'
namespace Protocols {
    class Lenpre {
        public static function input($buffer) { return strlen($buffer) < 2 ? 0 : unpack('n', $buffer)[1]; }
        public static function decode($buffer, $c) { return substr($buffer, 2); }
        public static function encode($data, $c) { return pack('n', strlen($data) + 2) . $data; }
        public static function onConnect($c) { \out('Lenpre::onConnect', $c->getStatus(false)); $c->send('from hook'); }
        public static function onClose($c) {
            \out('Lenpre::onClose', $c instanceof \Workerman\Connection\AsyncTcpConnection);
            if (!$c instanceof \Workerman\Connection\AsyncTcpConnection) { echo "DONE\n"; }
        }
    }
}
namespace {
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;
function out(...$a) { echo "> ", implode(' ', array_map(fn($v) => is_string($v) ? $v : json_encode($v), $a)), "\n"; }
$w = new Worker('lenpre://127.0.0.1:__PORT__');
$w->onMessage = function ($c, $data) { out('server got', $data); $c->send("ack $data"); };
$w->onWorkerStart = function () {
    $c = new AsyncTcpConnection('lenpre://127.0.0.1:__PORT__');
    out('protocol', $c->protocol);
    $c->onConnect = function () { out('user onConnect'); };
    $n = 0;
    $c->onMessage = function ($c, $data) use (&$n) {
        out('client got', $data);
        if (++$n === 2) { $c->close(); }
    };
    $c->onClose = function () { out('user onClose'); };
    $c->send('queued');
    $c->connect();
    wm_ready();
};
Worker::runAll();
}
PHP));
$server->waitReady();
$server->waitFor("DONE");
preg_match_all('/^> .*$/m', $server->stop(), $m);
echo implode("\n", $m[0]), "\n";
?>
--EXPECT--
> protocol \Protocols\Lenpre
> user onConnect
> Lenpre::onConnect ESTABLISHED
> server got queued
> server got from hook
> client got ack queued
> client got ack from hook
> user onClose
> Lenpre::onClose true
> Lenpre::onClose false
