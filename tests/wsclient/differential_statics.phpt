--TEST--
Ws client differential: Ws's constants and statics called directly (encode before/after the handshake, decode, onConnect/sendHandshake twice, onClose then a new handshake) against Workerman 4.2.1
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
use Workerman\Protocols\Ws;
function out(...$a) { echo "> " . implode(' ', array_map(fn($v) => is_string($v) ? json_encode($v, JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE) : var_export($v, true), $a)) . "\n"; }
$w = new Worker();
$w->onWorkerStart = function () {
    out('constants', bin2hex(Ws::BINARY_TYPE_BLOB), bin2hex(Ws::BINARY_TYPE_ARRAYBUFFER));
    $c = new AsyncTcpConnection('ws://127.0.0.1:__WSPORT__/s');
    out('encode before', bin2hex(Ws::encode('q', $c)), $c->getSendBufferQueueSize() > 0, bin2hex($c->websocketType));
    Ws::onConnect($c);
    Ws::sendHandshake($c);
    $c->onWebSocketConnect = function ($c) {
        static $round = 0;
        if (++$round > 1) {
            out('second onWebSocketConnect');
            return;
        }
        out('encode after', trim(chunk_split(bin2hex(Ws::encode('abc', $c)), 2, ' ')), bin2hex(Ws::encode(str_repeat('x', 130), $c)) === '81fe008200000000' . bin2hex(str_repeat('x', 130)));
        out('decode', Ws::decode("\x81\x03abc", $c), Ws::decode("\x82\x7e\x00\x02hi", $c));
        Ws::onClose($c);
        out('after onClose', $c->send('again'));
    };
    $c->onMessage = function ($c, $d) { out('message', $d); };
    $c->onClose = function ($c) { out('onClose'); };
    $c->connect();
    wm_ready();
};
Worker::runAll();
PHP);
$scenario = function (WmServer $server, int $port) use ($srv, $wsport) {
    $server->waitReady();
    $c = wsc_accept($srv);
    $head = wsc_read_head($c);
    $t = wsc_show($head, $wsport);
    fwrite($c, wsc_reply($head));
    $head2 = wsc_read_head($c);
    $t .= wsc_show($head2, $wsport);
    $t .= 'new key: ' . var_export(wsc_key($head) !== wsc_key($head2), true) . "\n";
    fwrite($c, wsc_reply($head2));
    $t .= wsc_describe(wsc_read_frame($c)) . "\n";
    fclose($c);
    $server->waitFor('> "onClose"');
    return $t;
};
wm_assert_same(wm_differential($code, $scenario));
?>
--EXPECT--
same
