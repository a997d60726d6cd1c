--TEST--
Differential: TLS echo transcript against Workerman 4.2.1 (onConnect before the handshake, queued send, onSslHandshake, send() return values, close with data, plaintext client error, early leaver)
--EXTENSIONS--
workerman
posix
pcntl
openssl
--SKIPIF--
<?php require __DIR__ . '/../include/differential.inc'; if (!wm_workerman_dir()) die('skip set WORKERMAN_DIR to a Workerman 4.2.1 tree'); ?>
--FILE--
<?php
require __DIR__ . '/../include/differential.inc';
require __DIR__ . '/tls.inc';
$certs = wm_tls_certs();
wm_assert_same(wm_differential(str_replace('__CERTS__', $certs, <<<'PHP'
use Workerman\Worker;
$w = new Worker('ssl://127.0.0.1:__PORT__', ['ssl' => ['local_cert' => '__CERTS__/localhost.pem', 'local_pk' => '__CERTS__/localhost.key']]);
$w->onWorkerStart = function ($w) { echo "start {$w->transport}\n"; wm_ready(); };
$w->onConnect = function ($c) {
    echo "connect ", $c->getRemoteIp(), " ", $c->transport, "\n";
    var_dump($c->send("welcome\n"));
    $c->onSslHandshake = function ($c) { echo "handshake ", $c->getSendBufferQueueSize(), "\n"; };
};
$w->onMessage = function ($c, $data) {
    echo "message $data\n";
    var_dump($c->send("echo:" . $data));
    if ($data === "bye") {
        $c->close("closing");
        var_dump($c->send("late"));
    }
};
$w->onError = function ($c, $code, $msg) { echo "error $code $msg\n"; };
$w->onClose = function ($c) { echo "close\n"; };
Worker::runAll();
PHP), function (WmServer $server, int $port) {
    $server->waitReady();
    $c = wm_tls_connect($port);
    $out = wm_read_exact($c, 8);
    fwrite($c, "hello");
    $out .= wm_read_exact($c, 10);
    fwrite($c, "bye");
    $out .= "|" . wm_read_all($c);
    $server->waitFor("close\n");
    $p = wm_connect($port);
    fwrite($p, "GET / HTTP/1.0\r\n\r\n");
    wm_read_all($p);
    $server->waitFor("close\n", 2);
    $e = wm_connect($port);
    fclose($e);
    $server->waitFor("close\n", 3);
    return $out;
}));
?>
--EXPECT--
same
