--TEST--
TLS: TcpConnection::doSslHandshake() called by hand drives the pending handshake: 0 while it waits for the client, true once done (onSslHandshake once), false after a failed one (the connection destroyed)
--EXTENSIONS--
workerman
posix
openssl
--FILE--
<?php
require __DIR__ . '/tls.inc';
$port = wm_free_port();
$port2 = wm_free_port();
$certs = wm_tls_certs();
$server = new WmServer(strtr(<<<'PHP'
use Workerman\Worker;
$ssl = ['ssl' => ['local_cert' => '__CERTS__/localhost.pem', 'local_pk' => '__CERTS__/localhost.key']];
$w = new Worker('ssl://127.0.0.1:__PORT__', $ssl);
$w->onConnect = function ($c) {
    $c->onSslHandshake = function ($c) { echo "onSslHandshake\n"; };
    echo "onConnect " . var_export($c->doSslHandshake($c->getSocket()), true) . "\n";
};
$w->onMessage = function ($c, $data) {
    echo "message $data ", var_export($c->doSslHandshake($c->getSocket()), true), "\n";
    $c->send("re:$data");
};
/* Waits (up to 10 s) until the connection's fd is readable, through a dup of it. */
function wait_readable(int $fd) {
    $s = fopen("php://fd/$fd", 'r');
    $r = [$s];
    $none = null;
    stream_select($r, $none, $none, 10);
    fclose($s);
}
$bad = new Worker('ssl://127.0.0.1:__PORT2__', $ssl);
$bad->onConnect = function ($c) {
    wait_readable($c->getSocket()); // until the plaintext request is there (no fixed sleep)
    $r = $c->doSslHandshake($c->getSocket());
    echo "bad " . var_export($r, true) . " " . $c->getStatus(false) . "\n";
};
$bad->onClose = function ($c) { echo "bad onClose\n"; };
$w->onWorkerStart = function () { wm_ready(); };
Worker::runAll();
PHP, ['__PORT__' => $port, '__PORT2__' => $port2, '__CERTS__' => $certs]));
$server->waitReady();
// TCP first: onConnect runs before the client has sent anything; TLS once it has.
$ctx = stream_context_create(['ssl' => ['cafile' => "$certs/localhost.pem", 'peer_name' => 'localhost']]);
$c = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 5, STREAM_CLIENT_CONNECT, $ctx);
$server->waitFor("onConnect ");
var_dump(stream_socket_enable_crypto($c, true, STREAM_CRYPTO_METHOD_TLS_CLIENT));
fwrite($c, "hi");
echo fread($c, 5), "\n";
$p = wm_connect($port2);
fwrite($p, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
$server->waitFor("bad false");
$out = $server->stop();
echo preg_replace('/^(?!onConnect|onSsl|message|bad (onClose|false)).*\n/m', '', $out);
var_dump(str_contains($out, 'SSL handshake error: '));
?>
--EXPECT--
bool(true)
re:hi
onConnect 0
onSslHandshake
message hi true
bad onClose
bad false CLOSED
bool(true)
