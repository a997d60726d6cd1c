--TEST--
TLS server (ssl://): onConnect before the handshake with its send() queued (null) and flushed after it, echo, 1 MB each way, getRemoteIp unchanged, onSslHandshake, onClose
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
function out(...$a) { echo "> " . implode(' ', array_map(fn($v) => is_string($v) ? $v : json_encode($v), $a)) . "\n"; }
$w = new Worker('ssl://127.0.0.1:__PORT__', ['ssl' => [
    'local_cert' => '__CERTS__/localhost.pem', 'local_pk' => '__CERTS__/localhost.key', 'verify_peer' => false]]);
$w->onConnect = function ($c) {
    out('onConnect', $c->transport, $c->getRemoteIp(), $c->getStatus(false));
    out('send before handshake', $c->send("hello\n"), $c->getSendBufferQueueSize());
    $c->onSslHandshake = function ($c) { out('onSslHandshake', $c->getSendBufferQueueSize()); };
};
$w->onMessage = function ($c, $data) {
    if ($data === "BIG") {
        out('big send', $c->send(str_repeat('abcdefgh', 131072)));
        return;
    }
    $c->send($data);
};
$w->onClose = function ($c) { out('onClose', $c->bytesRead, $c->bytesWritten); };
$w->onWorkerStart = function () { wm_ready(); };
Worker::runAll();
PHP, ['__PORT__' => $port, '__CERTS__' => $certs]));
$server->waitReady();
$c = wm_tls_connect($port);
echo "greeting: ", wm_read_exact($c, 6);
fwrite($c, "ping");
echo "echo: ", wm_read_exact($c, 4), "\n";
$big = '';
for ($i = 0; $i < 16384; $i++) { $big .= sprintf("%063d\n", $i); }
wm_write_all($c, $big);
$back = wm_read_exact($c, strlen($big), 10);
echo "1 MB echoed: ", strlen($back), " ", $back === $big ? 'same' : 'DIFFERENT', "\n";
fwrite($c, "BIG");
$got = wm_read_exact($c, 1 << 20, 10);
echo "1 MB from server: ", strlen($got), " ", $got === str_repeat('abcdefgh', 131072) ? 'same' : 'DIFFERENT', "\n";
fclose($c);
$server->waitFor('onClose');
preg_match_all('/^> .*$/m', $server->stop(), $m);
echo implode("\n", $m[0]), "\n";
?>
--EXPECT--
greeting: hello
echo: ping
1 MB echoed: 1048576 same
1 MB from server: 1048576 same
> onConnect ssl 127.0.0.1 ESTABLISHED
> send before handshake null 6
> onSslHandshake 6
> big send null
> onClose 1048583 2097162
