--TEST--
Ws client differential: a seeded random stream of server frames (text, binary, fragmented messages, pings, pongs, all length forms) cut into random pieces, against Workerman 4.2.1: same messages, callbacks and pongs
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php
require __DIR__ . '/../include/differential.inc';
if (!wm_workerman_dir()) die('skip WORKERMAN_DIR not set');
?>
--FILE--
<?php
require __DIR__ . '/../include/differential.inc';
require __DIR__ . '/../include/wsclient.inc';
$wsport = wm_free_port();
$srv = wsc_listen($wsport);
$code = str_replace('__WSPORT__', (string)$wsport, <<<'PHP'
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;
function h($s) { return strtr(md5($s), '0123456789', 'ghijklmnop'); }
function out(...$a) { echo "> " . implode(' ', array_map(fn($v) => is_string($v) ? json_encode($v, JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE) : var_export($v, true), $a)) . "\n"; }
$w = new Worker();
$w->onWorkerStart = function () {
    $c = new AsyncTcpConnection('ws://127.0.0.1:__WSPORT__/random');
    $count = 0;
    $c->onMessage = function ($c, $d) use (&$count) {
        out('message', ++$count, strlen($d), h($d));
        if ($count === 20) {
            $c->onWebSocketPing = function ($c, $p) { out('ping', strlen($p), h($p)); };
            $c->onWebSocketPong = function ($c, $p) { out('pong', strlen($p), h($p)); };
        }
    };
    $c->onClose = function ($c) { out('onClose'); };
    $c->connect();
    wm_ready();
};
Worker::runAll();
PHP);
$scenario = function (WmServer $server, int $port) use ($srv, $wsport) {
    $server->waitReady();
    mt_srand(20261125);
    $sizes = [0, 1, 2, 5, 125, 126, 127, 300, 1000, 65535, 65536, 70000];
    $payload = function () use ($sizes) {
        $n = $sizes[mt_rand(0, count($sizes) - 1)];
        return substr(str_repeat(md5((string)mt_rand(), true), intdiv($n, 16) + 1), 0, $n);
    };
    $stream = '';
    for ($i = 0; $i < 60; $i++) {
        switch (mt_rand(0, 5)) {
            case 0: $stream .= wsc_frame($payload(), 1); break;
            case 1: $stream .= wsc_frame($payload(), 2); break;
            case 2:
                $parts = mt_rand(2, 4);
                for ($p = 0; $p < $parts; $p++) {
                    $stream .= wsc_frame($payload(), $p ? 0 : mt_rand(1, 2), $p === $parts - 1);
                }
                break;
            case 3: $stream .= wsc_frame(substr($payload(), 0, 125), 9); break;
            case 4: $stream .= wsc_frame(substr($payload(), 0, 125), 10); break;
            default: $stream .= wsc_frame((string)mt_rand(), 1); break;
        }
    }
    $stream .= wsc_frame("\x03\xe8", 8);
    $t = 'stream ' . strlen($stream) . ' bytes ' . wsc_digest($stream) . "\n";
    $c = wsc_accept($srv);
    $head = wsc_read_head($c);
    $stream = wsc_reply($head) . $stream;
    $received = '';
    for ($off = 0; $off < strlen($stream); $off += $n) {
        $n = mt_rand(0, 3) ? mt_rand(1, 40) : mt_rand(41, 30000);
        fwrite($c, substr($stream, $off, $n));
        usleep(300); /* pacing only: how the pieces merge must not change the output */
        $r = [$c];
        $w = $e = null;
        while (stream_select($r, $w, $e, 0) > 0 && ($x = fread($c, 65536)) !== '' && $x !== false) {
            $received .= $x;
            $r = [$c];
        }
    }
    $received .= wm_read_all($c);
    $t .= 'client sent ' . strlen($received) . ' bytes ' . wsc_digest($received) . "\n";
    $server->waitFor('> "onClose"');
    return $t;
};
wm_assert_same(wm_differential($code, $scenario));
?>
--EXPECT--
same
