--TEST--
TcpConnection: a peer that resets, one that leaves mid-package, one that sends a huge frame length, one that never reads: each loses only its own connection, the worker keeps serving
--EXTENSIONS--
workerman
posix
sockets
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
\$w = new Worker('frame://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onConnect = function (\$c) { \$c->maxSendBufferSize = 65536; };
\$w->onMessage = function (\$c, \$d) {
    if (\$d === 'flood') {
        for (\$i = 0; \$i < 200; \$i++) { if (\$c->send(str_repeat('x', 4096)) === false) { break; } }
        return;
    }
    \$c->send("ok:\$d");
};
\$w->onError = function (\$c, \$code, \$msg) { echo "error \$code \$msg\\n"; };
\$w->onClose = function (\$c) { echo "close\\n"; };
Worker::runAll();
PHP, ['start', '-q']);
$server->waitReady();
$frame = fn(string $d) => pack('N', 4 + strlen($d)) . $d;
$good = wm_connect($port);

// 1. reset: SO_LINGER 0 makes close() send RST
$reset = wm_connect($port);
fwrite($reset, $frame('hi'));
wm_read_exact($reset, 4 + 5);
$sock = socket_import_stream($reset);
socket_set_option($sock, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 0]);
fclose($reset);
$server->waitFor("close\n", 1);

// 2. half a package, then gone
$half = wm_connect($port);
fwrite($half, pack('N', 100) . 'only part');
fclose($half);
$server->waitFor("close\n", 2);

// 3. a frame declaring a length above maxPackageSize
$huge = wm_connect($port);
fwrite($huge, pack('N', 0x7fffffff) . 'x');
echo "huge closed by server: ", var_export(wm_read_all($huge) === '', true), "\n";
$server->waitFor("close\n", 3);

// 4. a client that asks for a flood and never reads
$lazy = wm_connect($port);
fwrite($lazy, $frame('flood'));
$server->waitFor("error 2 send buffer full and drop package\n");

// the well-behaved client is still served by the same worker
fwrite($good, $frame('still'));
echo wm_read_exact($good, 4 + 8) === $frame('ok:still') ? "good client served\n" : "good client NOT served\n";
fclose($lazy);
$out = $server->stop();
echo str_contains($out, 'exit with status') ? "worker died\n" : "worker never died\n";
echo str_contains($out, 'Error package. package_length=2147483647') ? "error package logged\n" : "no error package line\n";
?>
--EXPECT--
huge closed by server: true
good client served
worker never died
error package logged
