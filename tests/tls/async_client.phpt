--TEST--
AsyncTcpConnection over TLS (ssl:// scheme and transport = 'ssl' on tcp://): verify_peer + cafile + peer_name, onConnect before the handshake with send() queued (null), onSslHandshake; failures (wrong name, unknown CA, missing cafile) print Workerman's message and destroy without onError
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
use Workerman\Connection\AsyncTcpConnection;
$w = new Worker('ssl://127.0.0.1:__PORT__', ['ssl' => ['local_cert' => '__CERTS__/localhost.pem', 'local_pk' => '__CERTS__/localhost.key']]);
$w->onMessage = function ($c, $data) { $c->send("echo:$data"); };
$cases = [
    ['ok ssl://', 'ssl://127.0.0.1:__PORT__', ['cafile' => '__CERTS__/localhost.pem']],
    ['ok transport', 'tcp://127.0.0.1:__PORT__', ['cafile' => '__CERTS__/localhost.pem', 'peer_name' => 'localhost']],
    ['self-signed allowed', 'ssl://127.0.0.1:__PORT__', ['cafile' => '__CERTS__/other.pem', 'allow_self_signed' => true, 'verify_peer_name' => false]],
    ['no verify', 'ssl://127.0.0.1:__PORT__', ['verify_peer' => false, 'verify_peer_name' => false]],
    ['wrong name', 'ssl://127.0.0.1:__PORT__', ['cafile' => '__CERTS__/localhost.pem', 'peer_name' => 'wrong.test']],
    ['unknown CA', 'ssl://127.0.0.1:__PORT__', ['cafile' => '__CERTS__/other.pem']],
    ['missing cafile', 'ssl://127.0.0.1:__PORT__', ['cafile' => '__CERTS__/missing.pem']],
];
function run_case(array $cases, int $i) {
    if (!isset($cases[$i])) {
        echo "DONE\n";
        return;
    }
    [$name, $address, $ssl] = $cases[$i];
    echo "--- $name\n";
    $a = new AsyncTcpConnection($address, ['ssl' => $ssl]);
    $a->transport = 'ssl';
    $a->onConnect = function ($a) { echo "onConnect ", $a->getStatus(false), " send:", json_encode($a->send("hi")), "\n"; };
    $a->onSslHandshake = function ($a) { echo "onSslHandshake\n"; };
    $a->onMessage = function ($a, $data) { echo "onMessage $data\n"; $a->close(); };
    $a->onError = function ($a, $code, $msg) { echo "onError $code $msg\n"; };
    $a->onClose = function ($a) use ($cases, $i) {
        echo "onClose\n";
        \Workerman\Timer::add(0.01, fn() => run_case($cases, $i + 1), [], false);
    };
    $a->connect();
}
$w->onWorkerStart = function () use ($cases) {
    wm_ready();
    run_case($cases, 0);
};
Worker::runAll();
PHP, ['__PORT__' => $port, '__CERTS__' => $certs]));
$server->waitReady();
$server->waitFor('DONE');
$out = $server->stop();
$out = substr($out, strpos($out, '--- ok'));
echo str_replace($certs, 'CERTS', preg_replace('/^(Workerman|WM_READY).*\n/m', '', $out));
?>
--EXPECT--
--- ok ssl://
onConnect ESTABLISHED send:null
onSslHandshake
onMessage echo:hi
onClose
--- ok transport
onConnect ESTABLISHED send:null
onSslHandshake
onMessage echo:hi
onClose
--- self-signed allowed
onConnect ESTABLISHED send:null
onSslHandshake
onMessage echo:hi
onClose
--- no verify
onConnect ESTABLISHED send:null
onSslHandshake
onMessage echo:hi
onClose
--- wrong name
onConnect ESTABLISHED send:null
SSL handshake error: stream_socket_enable_crypto(): Peer certificate subjectAltName did not match expected name `wrong.test' 
onClose
--- unknown CA
onConnect ESTABLISHED send:null
SSL handshake error: stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages:
error:0A000086:SSL routines::certificate verify failed 
onClose
SSL handshake error: stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages:
error:0A000418:SSL routines::tlsv1 alert unknown ca 
--- missing cafile
SSL handshake error: failed loading cafile stream: `CERTS/missing.pem' 
onClose
DONE
