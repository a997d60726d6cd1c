--TEST--
Differential (5.2.2, profile 5): AsyncTcpConnection echo, send() before connect, text:// and user protocol with onConnect hook, connect failure, reconnect from onClose
--EXTENSIONS--
workerman
posix
pcntl
--SKIPIF--
<?php require __DIR__ . '/../include/differential.inc'; if (!wm_workerman5_dir()) die('skip set WORKERMAN5_DIR to a Workerman 5.2.2 tree (and WORKERMAN_COROUTINE_DIR to workerman/coroutine)'); ?>
--FILE--
<?php
require __DIR__ . '/../include/differential.inc';
$dead = wm_free_port();
$results = wm_differential5(str_replace('__DEAD__', (string)$dead, <<<'PHP'
namespace Protocols {
    class Lenpre {
        public static function input($buffer) { return strlen($buffer) < 2 ? 0 : unpack('n', $buffer)[1]; }
        public static function decode($buffer) { return substr($buffer, 2); }
        public static function encode($data) { return pack('n', strlen($data) + 2) . $data; }
        public static function onConnect($c) { echo "Lenpre::onConnect ", $c->getStatus(false), "\n"; $c->send('hi'); }
    }
}
namespace {
use Workerman\Worker;
use Workerman\Timer;
use Workerman\Connection\AsyncTcpConnection;
use Workerman\Connection\TcpConnection;
$w = new Worker('text://127.0.0.1:__PORT__');
$w->onMessage = function ($c, $data) {
    echo "server got ", json_encode($data), "\n";
    $c->send("echo:$data");
    if ($data === 'bye') { $c->close(); }
};
$l = new Worker('lenpre://127.0.0.1:' . (__PORT__ + 1));
$l->onMessage = function ($c, $data) { echo "lenpre server got ", json_encode($data), "\n"; $c->send("re:$data"); };
$w->onWorkerStart = function () {
    $c = new AsyncTcpConnection('text://127.0.0.1:__PORT__/x?y=1');
    echo "before ", json_encode([$c->getRemoteAddress(), $c->getRemoteHost(), $c->getRemoteURI(), $c->getStatus(false), $c->protocol, $c->transport]), "\n";
    var_dump($c->send('queued'));
    $c->onConnect = function ($c) {
        echo "onConnect ", $c->getStatus(false), " ", $c->getRemoteIp(), "\n";
        var_dump($c->send('in onConnect'));
    };
    $c->onMessage = function ($c, $data) {
        echo "client got ", json_encode($data), "\n";
        if ($data === 'echo:in onConnect') { $c->send('bye'); }
    };
    $n = 0;
    $c->onClose = function ($c) use (&$n) {
        echo "onClose ", ++$n, " ", $c->getStatus(false), "\n";
        if ($n < 2) { $c->reconnect(0.05); echo "reconnect ", $c->getStatus(false), "\n"; }
        else { Timer::add(0.05, 'step2', [], false); }
    };
    $c->connect();
    echo "connecting ", $c->getStatus(false), "\n";
    wm_ready();
};
function step2() {
    $u = new AsyncTcpConnection('lenpre://127.0.0.1:' . (__PORT__ + 1));
    $u->onConnect = function ($u) { echo "user onConnect\n"; }; // the hook sends: the server is another process
    $u->onMessage = function ($u, $data) { echo "lenpre got ", json_encode($data), "\n"; $u->close(); };
    $u->onClose = function () { echo "lenpre onClose\n"; step3(); };
    $u->connect();
}
function step3() {
    $d = new AsyncTcpConnection('tcp://127.0.0.1:__DEAD__');
    $d->onConnect = function () { echo "must not connect\n"; };
    $d->onError = function ($d, $code, $msg) {
        echo "onError $code ", preg_replace('/[\d.]+ seconds/', 'N seconds', $msg), " ", $d->getStatus(false), "\n";
    };
    $d->onClose = function ($d) { echo "dead onClose ", $d->getStatus(false), " ", json_encode($d->onConnect), "\nDONE\n"; };
    $d->connect();
}
Worker::runAll();
}
PHP), function (WmServer $server, int $port, array &$extraPorts) {
    $server->waitReady();
    $server->waitFor("DONE");
    return '';
});
wm_assert_same(str_replace((string)$dead, 'DEAD', $results));
?>
--EXPECT--
same
