--TEST--
TLS session resumption: a returning client (openssl s_client -sess_in) skips the full handshake with TLS 1.2 and TLS 1.3 tickets, on any of the Worker's processes (ticket keys made before fork)
--EXTENSIONS--
workerman
posix
openssl
--SKIPIF--
<?php
exec('openssl version 2>&1', $out, $rc);
if ($rc !== 0) die('skip no openssl CLI');
?>
--FILE--
<?php
require __DIR__ . '/tls.inc';
$port = wm_free_port();
$certs = wm_tls_certs();
$server = new WmServer(strtr(<<<'PHP'
use Workerman\Worker;
$w = new Worker('ssl://127.0.0.1:__PORT__', ['ssl' => ['local_cert' => '__CERTS__/localhost.pem', 'local_pk' => '__CERTS__/localhost.key']]);
$w->count = 2;
$w->reusePort = false;
$w->onMessage = function ($c, $data) { $c->close("pid " . posix_getpid() . "\n"); };
$w->onWorkerStart = function () { wm_ready(); };
Worker::runAll();
PHP, ['__PORT__' => $port, '__CERTS__' => $certs]));
$server->waitReady(2);
$sess = "$certs/sess.pem";
function s_client(int $port, string $version, string $sessArg): array
{
    $cmd = "echo hi | timeout 5 openssl s_client -connect 127.0.0.1:$port $version $sessArg -ign_eof 2>&1";
    exec($cmd, $out);
    $out = implode("\n", $out);
    preg_match('/^(New|Reused), (TLSv[\d.]+)/m', $out, $m);
    preg_match('/^pid (\d+)$/m', $out, $p);
    return [($m[1] ?? '?') . ' ' . ($m[2] ?? '?'), $p[1] ?? '?'];
}
foreach (['-tls1_2', '-tls1_3'] as $v) {
    @unlink($sess);
    [$first] = s_client($port, $v, '-sess_out ' . escapeshellarg($sess));
    echo "$v first: $first\n";
    $pids = [];
    $reused = [];
    for ($i = 0; $i < 3; $i++) {
        [$r, $pid] = s_client($port, $v, '-sess_in ' . escapeshellarg($sess) . ($v === '-tls1_3' ? ' -sess_out ' . escapeshellarg($sess) : ''));
        $reused[$r] = true;
        $pids[$pid] = true;
    }
    echo "$v again: ", implode(',', array_keys($reused)), "\n";
}
$server->stop();
?>
--EXPECT--
-tls1_2 first: New TLSv1.2
-tls1_2 again: Reused TLSv1.2
-tls1_3 first: New TLSv1.3
-tls1_3 again: Reused TLSv1.3
