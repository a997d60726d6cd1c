--TEST--
TLS server contexts: local_pk with passphrase (right and wrong), SNI_server_certs choosing the certificate by the client's name (file with cert and key, array form, wildcard), the default certificate otherwise; verify_peer on a server requires a client certificate (PHP's "Could not get peer certificate")
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
$ok = new Worker('ssl://127.0.0.1:__PORT__', ['ssl' => [
    'local_cert' => '__CERTS__/localhost.pem', 'local_pk' => '__CERTS__/enc.key', 'passphrase' => 'secret']]);
$ok->onMessage = function ($c, $data) { $c->send("pass:$data"); };
$bad = new Worker('ssl://127.0.0.1:__PORT1__', ['ssl' => [
    'local_cert' => '__CERTS__/localhost.pem', 'local_pk' => '__CERTS__/enc.key', 'passphrase' => 'wrong']]);
$bad->onClose = function ($c) { echo "> bad onClose\n"; };
$sni = new Worker('ssl://127.0.0.1:__PORT2__', ['ssl' => [
    'local_cert' => '__CERTS__/localhost.pem', 'local_pk' => '__CERTS__/localhost.key',
    'SNI_server_certs' => [
        'other.test' => '__CERTS__/other_full.pem',
        '*.wild.test' => ['local_cert' => '__CERTS__/nosan.pem', 'local_pk' => '__CERTS__/nosan.key'],
    ]]]);
$sni->onMessage = function ($c, $data) { $c->send("sni:$data"); };
$mutual = new Worker('ssl://127.0.0.1:__PORT3__', ['ssl' => [
    'local_cert' => '__CERTS__/localhost.pem', 'local_pk' => '__CERTS__/localhost.key',
    'verify_peer' => true, 'cafile' => '__CERTS__/other.pem']]);
$mutual->onMessage = function ($c, $data) { $c->send("mutual:$data"); };
$mutual->onClose = function ($c) { echo "> mutual onClose\n"; };
$ok->onWorkerStart = $bad->onWorkerStart = $sni->onWorkerStart = $mutual->onWorkerStart = function () { wm_ready(); };
Worker::runAll();
PHP, ['__PORT__' => $port, '__PORT1__' => $port + 1, '__PORT2__' => $port + 2, '__PORT3__' => $port + 3, '__CERTS__' => $certs]));
$server->waitReady(4);

$c = wm_tls_connect($port);
fwrite($c, "x");
echo wm_read_exact($c, 6), "\n";

$c = @wm_tls_connect($port + 1);
echo "wrong passphrase: ", $c ? 'connected?' : 'refused', "\n";
$server->waitFor('> bad onClose');

function peer_cn($port, string $name, string $ca): string
{
    $c = wm_tls_connect($port, ['peer_name' => $name, 'cafile' => $ca, 'verify_peer_name' => false,
        'capture_peer_cert' => true, 'SNI_enabled' => true]);
    if (!$c) {
        return 'failed';
    }
    fwrite($c, "q");
    $reply = wm_read_exact($c, 5);
    $cert = stream_context_get_params($c)['options']['ssl']['peer_certificate'];
    return $reply . ' ' . openssl_x509_parse($cert)['subject']['CN'];
}
echo "other.test -> ", peer_cn($port + 2, 'other.test', "$certs/other.pem"), "\n";
echo "a.wild.test -> ", peer_cn($port + 2, 'a.wild.test', "$certs/nosan.pem"), "\n";
echo "localhost -> ", peer_cn($port + 2, 'localhost', "$certs/localhost.pem"), "\n";
echo "unknown.test -> ", peer_cn($port + 2, 'unknown.test', "$certs/localhost.pem"), "\n";
// verify_peer_name on: other.test's certificate matches other.test
$c = wm_tls_connect($port + 2, ['peer_name' => 'other.test', 'cafile' => "$certs/other.pem"]);
echo "verified other.test: ", $c ? 'yes' : 'no', "\n";
// verify_peer on a server: a client certificate is required and checked
$c = @wm_tls_connect($port + 3);
echo "mutual without certificate: ", $c && fwrite($c, "x") && @wm_read_exact($c, 8) !== '' ? 'served?' : 'refused', "\n";
$server->waitFor('> mutual onClose');
$c = wm_tls_connect($port + 3, ['local_cert' => "$certs/other.pem", 'local_pk' => "$certs/other.key"]);
fwrite($c, "y");
echo "mutual with certificate: ", wm_read_exact($c, 8), "\n";
$out = $server->stop();
preg_match_all('/^(> .*|SSL handshake error.*)$/m', $out, $m);
sort($m[0]);
echo str_replace($certs, 'CERTS', implode("\n", $m[0])), "\n";
?>
--EXPECTF--
pass:x
tls connect failed: stream_socket_client(): Unable to connect to ssl://127.0.0.1:%d (Unknown error)
wrong passphrase: refused
other.test -> sni:q other.test
a.wild.test -> sni:q nosan.test
localhost -> sni:q localhost
unknown.test -> sni:q localhost
verified other.test: yes
mutual without certificate: refused
mutual with certificate: mutual:y
> bad onClose
> mutual onClose
> mutual onClose
SSL handshake error: stream_socket_enable_crypto(): Could not get peer certificate 
SSL handshake error: stream_socket_enable_crypto(): Unable to set private key file `CERTS/enc.key' 
