--TEST--
TLS: pauseRecv()/resumeRecv() with plaintext still inside the session (nothing more will come from the socket) delivers it after resume; close() before the handshake flushes after it; AsyncTcpConnection reconnect() over TLS
--EXTENSIONS--
workerman
posix
openssl
--FILE--
<?php
require __DIR__ . '/tls.inc';
$port = wm_free_port();
$certs = wm_tls_certs();
$server = new WmServer(strtr(<<<'PHP'
use Workerman\Worker;
use Workerman\Timer;
use Workerman\Connection\AsyncTcpConnection;
$w = new Worker('ssl://127.0.0.1:__PORT__', ['ssl' => ['local_cert' => '__CERTS__/localhost.pem', 'local_pk' => '__CERTS__/localhost.key']]);
$w->onConnect = function ($c) {
    $c->got = 0;
};
$w->onMessage = function ($c, $data) {
    if ($data === 'quick') {
        $c->send('ack');
        return;
    }
    $c->got += strlen($data);
    $c->pauseRecv();
    Timer::add(0.02, function () use ($c) { $c->resumeRecv(); }, [], false);
    if ($c->got >= 300000) {
        $c->send("got {$c->got}\n");
    }
};
$early = new Worker('ssl://127.0.0.1:__PORT1__', ['ssl' => ['local_cert' => '__CERTS__/localhost.pem', 'local_pk' => '__CERTS__/localhost.key']]);
$early->onConnect = function ($c) { $c->close("bye before handshake\n"); };
$early->onClose = function ($c) { echo "> early onClose\n"; };
$n = 0;
$early->onWorkerStart = function () use (&$n) {
    $a = new AsyncTcpConnection('ssl://127.0.0.1:__PORT__', ['ssl' => ['cafile' => '__CERTS__/localhost.pem', 'peer_name' => 'localhost']]);
    // onSslHandshake may come before onConnect (a handshake done at once, as in 4.2.1) or after
    $a->onConnect = function ($a) use (&$n) { $n++; $a->handshakes = $a->handshakes ?? 0; $a->send('quick'); };
    $a->onSslHandshake = function ($a) { $a->handshakes = ($a->handshakes ?? 0) + 1; };
    $a->onMessage = function ($a, $data) use (&$n) {
        echo "> async $n got $data, handshakes {$a->handshakes}\n";
        $a->handshakes = 0;
        $a->close();
    };
    $a->onClose = function ($a) use (&$n) {
        echo "> async onClose $n\n";
        if ($n < 3) {
            $a->reconnect(0.01);
        }
    };
    $a->connect();
    wm_ready();
};
Worker::runAll();
PHP, ['__PORT__' => $port, '__PORT1__' => $port + 1, '__CERTS__' => $certs]));
$server->waitReady();
$c = wm_tls_connect($port);
wm_write_all($c, str_repeat('z', 300000));
echo fgets($c);
$e = wm_tls_connect($port + 1);
echo fgets($e);
echo "eof: ", json_encode(fgets($e)), "\n";
$server->waitFor('> early onClose');
$server->waitFor('> async onClose 3');
$out = $server->stop();
preg_match_all('/^> async.*$/m', $out, $m);
echo implode("\n", $m[0]), "\n";
preg_match_all('/^> early.*$/m', $out, $m);
echo implode("\n", $m[0]), "\n";
?>
--EXPECT--
got 300000
bye before handshake
eof: false
> async 1 got ack, handshakes 1
> async onClose 1
> async 2 got ack, handshakes 1
> async onClose 2
> async 3 got ack, handshakes 1
> async onClose 3
> early onClose
