--TEST--
TLS server: a plaintext client (HTTP request, binary garbage) gets its handshake error printed and only its own connection closed (onClose, no onError); silent close for a client that leaves before any byte; a TLS client on the same worker keeps working
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
$w = new Worker('ssl://127.0.0.1:__PORT__', ['ssl' => ['local_cert' => '__CERTS__/localhost.pem', 'local_pk' => '__CERTS__/localhost.key']]);
$w->onConnect = function ($c) { echo "> onConnect\n"; };
$w->onMessage = function ($c, $data) { $c->send("echo:$data"); };
$w->onError = function ($c, $code, $msg) { echo "> onError $code $msg\n"; };
$w->onClose = function ($c) { echo "> onClose\n"; };
$w->onWorkerStart = function () { wm_ready(); };
Worker::runAll();
PHP, ['__PORT__' => $port, '__CERTS__' => $certs]));
$server->waitReady();
$good = wm_tls_connect($port);
fwrite($good, "one");
echo wm_read_exact($good, 8), "\n";

$plain = wm_connect($port);
fwrite($plain, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
echo "plaintext client read: ", json_encode(wm_read_all($plain)), "\n";
$server->waitFor('> onClose');

$junk = wm_connect($port);
fwrite($junk, "\x16\x03\x01\xff\xff" . str_repeat("\x00", 64));
$alert = wm_read_all($junk);
echo "junk client: ", $alert === '' || $alert[0] === "\x15" ? 'alert or nothing' : 'data?', ", closed: ", json_encode(feof($junk)), "\n";
$server->waitFor('> onClose', 2);

$leave = wm_connect($port);
fclose($leave);
$server->waitFor('> onClose', 3);

fwrite($good, "two");
echo wm_read_exact($good, 8), "\n";
fclose($good);
$server->waitFor('> onClose', 4);
$out = $server->stop();
echo preg_replace('/^(?!> |SSL handshake|error:).*\n/m', '', $out);
?>
--EXPECTF--
echo:one
plaintext client read: ""
junk client: alert or nothing, closed: true
echo:two
> onConnect
> onConnect
SSL handshake error: stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages:
error:0A00009C:SSL routines::http request 
> onClose
> onConnect
SSL handshake error: stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages:
error:%s:SSL routines::%s 
> onClose
> onConnect
> onClose
> onClose
