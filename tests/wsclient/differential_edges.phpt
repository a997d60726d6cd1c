--TEST--
Ws client differential, edge cases against Workerman 4.2.1: maxPackageSize, 64-bit lengths, bad opcode, a ping inside a fragmented message, the pre-handshake queue's limits, non-string sends, replies and frames split over several packets
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
function out(...$a) { echo "> " . implode(' ', array_map(fn($v) => is_string($v) ? json_encode($v, JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE) : var_export($v, true), $a)) . "\n"; }
class Str { function __toString() { return 'obj'; } }
function client($n) {
    $c = new AsyncTcpConnection('ws://127.0.0.1:__WSPORT__/e' . $n);
    if ($n === 1) {
        $c->maxPackageSize = 200;
    }
    if ($n === 3) {
        $c->maxSendBufferSize = 20;
        $c->onError = function ($c, $code, $msg) { out('onError', $code, $msg); };
        $c->onBufferFull = function ($c) { out('onBufferFull'); };
        out('send', $c->send('aaaaaaaaaa'), $c->send('bbbbbbbbbb'), $c->send('cc'));
    }
    $c->onWebSocketConnect = function ($c) use ($n) {
        out('onWebSocketConnect', $n);
        if ($n === 3) {
            out('sends', $c->send(42), $c->send(1.5), $c->send(true), $c->send(null), $c->send(new Str));
        }
    };
    $c->onMessage = function ($c, $d) { out('message', strlen($d) > 60 ? strlen($d) . ' bytes' : $d); };
    $c->onClose = function ($c) use ($n) {
        out('onClose', $n);
        if ($n < 4) {
            client($n + 1);
        }
    };
    $c->connect();
}
$w = new Worker();
$w->onWorkerStart = function () {
    client(1);
    wm_ready();
};
Worker::runAll();
PHP);
$scenario = function (WmServer $server, int $port) use ($srv, $wsport) {
    $server->waitReady();
    $t = '';
    $frames = function ($c, $n) use (&$t) {
        for ($i = 0; $i < $n; $i++) {
            $t .= wsc_describe(wsc_read_frame($c)) . "\n";
        }
    };
    // 1: maxPackageSize 200
    $c = wsc_accept($srv);
    $head = wsc_read_head($c);
    fwrite($c, wsc_reply($head) . wsc_frame(str_repeat('x', 120)));
    $server->waitFor('"message"');
    fwrite($c, wsc_frame(str_repeat('y', 197)));
    $t .= 'closed: ' . var_export(wsc_closed($c), true) . "\n";
    // 2: a ping inside a fragmented message, then a bad opcode
    $c = wsc_accept($srv);
    $head = wsc_read_head($c);
    fwrite($c, wsc_reply($head) . wsc_frame('ab', 1, false) . wsc_frame('P', 9));
    $frames($c, 1);
    fwrite($c, wsc_frame('cd', 0) . wsc_frame('ef', 0, false) . wsc_frame('gh', 0));
    $server->waitFor('"efgh"');
    fwrite($c, "\x83\x02zz");
    $t .= 'closed: ' . var_export(wsc_closed($c), true) . "\n";
    // 3: queue limits, non-string sends, split reply and frames
    $c = wsc_accept($srv);
    $head = wsc_read_head($c);
    $reply = wsc_reply($head);
    fwrite($c, substr($reply, 0, 20));
    usleep(50000); /* pacing only: the split packets give the same output when merged */
    fwrite($c, substr($reply, 20, -1));
    usleep(50000);
    $big = wsc_frame(str_repeat('m', 300), 2);
    fwrite($c, substr($reply, -1) . substr($big, 0, 3));
    $frames($c, 7);
    fwrite($c, substr($big, 3, 100));
    usleep(50000);
    fwrite($c, substr($big, 103) . substr(wsc_frame('P2', 9), 0, 2));
    usleep(50000);
    fwrite($c, 'P2' . wsc_frame('', 1));
    $frames($c, 1);
    $server->waitFor('> "message" ""');
    fclose($c);
    // 4: a 64-bit length past PHP_INT_MAX
    $c = wsc_accept($srv);
    $head = wsc_read_head($c);
    fwrite($c, wsc_reply($head) . "\x82\x7f\x80\x00\x00\x00\x00\x00\x00\x05");
    $t .= 'closed: ' . var_export(wsc_closed($c), true) . "\n";
    $server->waitFor('> "onClose" 4');
    return $t;
};
wm_assert_same(wm_differential($code, $scenario));
?>
--EXPECT--
same
