--TEST--
TLS over IPv6 loopback: ssl://[::1] server, PHP stream client, AsyncTcpConnection ssl://[::1] checking the certificate's IP subjectAltName; remote address getters unchanged
--EXTENSIONS--
workerman
posix
openssl
--SKIPIF--
<?php
$s = @stream_socket_server('tcp://[::1]:0');
if (!$s) die('skip no IPv6 loopback');
?>
--FILE--
<?php
require __DIR__ . '/tls.inc';
$port = wm_free_port();
$certs = wm_tls_certs();
$server = new WmServer(strtr(<<<'PHP'
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;
$w = new Worker('ssl://[::1]:__PORT__', ['ssl' => ['local_cert' => '__CERTS__/localhost.pem', 'local_pk' => '__CERTS__/localhost.key']]);
$w->onMessage = function ($c, $data) {
    $c->send("echo:$data " . $c->getRemoteIp() . " " . json_encode($c->isIpV6()) . "\n");
};
$w->onWorkerStart = function () {
    $a = new AsyncTcpConnection('ssl://[::1]:__PORT__', ['ssl' => ['cafile' => '__CERTS__/localhost.pem']]);
    $a->onConnect = function ($a) { $a->send('async'); };
    $a->onMessage = function ($a, $data) { echo "> async got $data"; $a->close(); };
    $a->onClose = function ($a) { echo "> async closed\n"; wm_ready(); };
    $a->connect();
};
Worker::runAll();
PHP, ['__PORT__' => $port, '__CERTS__' => $certs]));
$server->waitReady();
$c = wm_tls_connect($port, [], '::1');
fwrite($c, "v6");
echo fgets($c);
preg_match_all('/^> .*$/m', $server->stop(), $m);
echo implode("\n", $m[0]), "\n";
?>
--EXPECT--
echo:v6 [::1] true
> async got echo:async [::1] true
> async closed
