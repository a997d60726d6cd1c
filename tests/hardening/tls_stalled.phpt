--TEST--
TLS handshake limit: with TcpConnection::$sslHandshakeTimeout = 1, 20 connections stalled mid-ClientHello and 20 that send nothing are closed (onClose runs for each), while a TLS connection that finished its handshake before them stays open and the worker keeps serving
--EXTENSIONS--
workerman
posix
openssl
--FILE--
<?php
require __DIR__ . '/../tls/tls.inc';
$port = wm_free_port();
$certs = wm_tls_certs();
$server = new WmServer(strtr(<<<'PHP'
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http;
TcpConnection::$sslHandshakeTimeout = 1;
Http::$headerTimeout = 0; /* disabled: the established connection below must outlive the others */
Http::$keepAliveTimeout = 0;
$w = new Worker('http://127.0.0.1:__PORT__', ['ssl' => ['local_cert' => '__CERTS__/localhost.pem', 'local_pk' => '__CERTS__/localhost.key']]);
$w->transport = 'ssl';
$closed = 0;
$w->onClose = function () use (&$closed) { $closed++; };
$w->onMessage = function ($c, $r) use (&$closed) { $c->send('ok ' . $r->path() . ' closed ' . $closed); };
$w->onWorkerStart = function () { wm_ready(); };
Worker::runAll();
PHP, ['__PORT__' => $port, '__CERTS__' => $certs]));
$server->waitReady();

function request($c, string $path): string
{
    fwrite($c, "GET $path HTTP/1.1\r\nHost: x\r\n\r\n");
    $head = '';
    while (!str_contains($head, "\r\n\r\n") && ($chunk = fread($c, 1)) !== '' && $chunk !== false) {
        $head .= $chunk;
    }
    preg_match('/Content-Length: (\d+)/', $head, $m);
    return wm_read_exact($c, (int)($m[1] ?? 0));
}

$established = wm_tls_connect($port);
echo request($established, '/first'), "\n";

/* A ClientHello record announcing 512 bytes, of which only the first few come. */
$stalled = [];
for ($i = 0; $i < 20; $i++) {
    $c = wm_connect($port);
    fwrite($c, "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03");
    $stalled[] = $c;
}
for ($i = 0; $i < 20; $i++) {
    $stalled[] = wm_connect($port);
}

/* Every stalled connection is closed by the server (EOF), all within one deadline. */
$open = $stalled;
$bytes = 0;
$deadline = microtime(true) + wm_timeout(10);
while ($open && ($left = $deadline - microtime(true)) > 0) {
    $r = array_values($open);
    $w = $e = null;
    if (stream_select($r, $w, $e, (int)$left, (int)(fmod($left, 1) * 1e6)) < 1) {
        break;
    }
    foreach ($open as $i => $c) {
        if (in_array($c, $r, true)) {
            $bytes += strlen((string)fread($c, 4096));
            if (feof($c)) {
                unset($open[$i]);
            }
        }
    }
}
echo "stalled still open: ", count($open), ", bytes received: $bytes\n";

echo request($established, '/again'), "\n";
echo request(wm_tls_connect($port), '/new'), "\n";
$out = $server->stop();
var_dump(str_contains($out, 'SSL handshake error'), str_contains($out, 'exit with status'));
?>
--EXPECT--
ok /first closed 0
stalled still open: 0, bytes received: 0
ok /again closed 40
ok /new closed 40
bool(false)
bool(false)
