--TEST--
WebSocket frame parser: random frame streams give the same messages, pings, pongs, closes and errors as Workerman 4.2.1's Websocket (server) and Ws (client) input/decode
--SKIPIF--
<?php
require __DIR__ . '/../include/differential.inc';
if (!wm_workerman_dir()) die('skip set WORKERMAN_DIR to a Workerman 4.2.1 tree');
if (!trim((string)shell_exec('command -v cc 2>/dev/null'))) die('skip cc not found');
?>
--FILE--
<?php
require __DIR__ . '/../include/differential.inc';
$root = dirname(__DIR__, 2);
$dir = sys_get_temp_dir() . '/wm_ws_frame_diff_' . getmypid();
@mkdir($dir);

// The reference side: Workerman's own Websocket (server) or Ws (client) input/decode behind a
// mock connection and TcpConnection::baseRead's loop, in a plain php without this extension.
// Streams mix text/binary frames and fragments (masked for a server, not for a client),
// pings/pongs between messages, bad opcodes, wrongly masked frames, closes, and small
// maxPackageSize limits; they arrive whole or in chunks.
$generator = <<<'PHP'
<?php
require $argv[1] . '/Autoloader.php';
class MockConnection extends \Workerman\Connection\TcpConnection {
    public $buf = ''; public $log = ''; public $closed = false;
    public function __construct() {}
    public function send($b, $raw = false) { $this->log .= 'P:' . bin2hex($b) . ';'; return true; }
    public function consumeRecvBuffer($n) { $this->buf = substr($this->buf, $n); }
    public function close($d = null, $raw = false) { $this->closed = true; $this->log .= ($d === "\x88\x02\x03\xe8" ? 'C' : 'E') . ';'; }
}
function frame(int $b0, string $payload, bool $masked): string {
    $n = strlen($payload); $m = $masked ? 0x80 : 0;
    $h = chr($b0) . ($n < 126 ? chr($m | $n) : ($n < 65536 ? chr($m | 126) . pack('n', $n) : chr($m | 127) . pack('J', $n)));
    if (!$masked) return $h . $payload;
    $key = pack('N', mt_rand());
    return $h . $key . ($payload ^ str_repeat($key, intdiv($n, 4) + 1));
}
function bytes(int $n): string { $s = ''; while (strlen($s) < $n) $s .= pack('N', mt_rand()); return substr($s, 0, $n); }
[, , $dir, $seed, $cases, $mode] = $argv;
mt_srand((int)$seed);
$server = $mode === 'server';
$protocol = $server ? \Workerman\Protocols\Websocket::class : \Workerman\Protocols\Ws::class;
$expected = '';
for ($i = 0; $i < $cases; $i++) {
    $max = mt_rand(0, 3) ? 100000 : mt_rand(20, 400);
    $s = ''; $inMsg = false;
    for ($k = mt_rand(1, 8); $k > 0; $k--) {
        $r = mt_rand(0, 99);
        $payload = bytes(mt_rand(0, 3) ? mt_rand(0, 140) : mt_rand(0, 70000));
        if ($r < 3) { $s .= frame(0x83, 'x', $server); }
        elseif ($r < 5) { $s .= frame(0x81, 'y', !$server); }
        elseif ($r < 8) { $s .= frame(0x88, "\x03\xe8", $server); }
        // (no ping/pong inside a fragmented message: Workerman's decode() would prepend the
        // buffered fragments to the ping payload, a bug the wiring decides about)
        elseif ($r < 20 && !$inMsg) { $s .= frame(0x89, substr($payload, 0, 125), $server); }
        elseif ($r < 28 && !$inMsg) { $s .= frame(0x8a, substr($payload, 0, 125), $server); }
        elseif ($r < 50) { $s .= frame($inMsg ? 0x00 : (mt_rand(0, 1) ? 0x01 : 0x02), $payload, $server); $inMsg = true; }
        else { $s .= frame(($inMsg ? 0x00 : (mt_rand(0, 1) ? 0x01 : 0x02)) | 0x80, $payload, $server); $inMsg = false; }
    }
    $c = new MockConnection; $c->maxPackageSize = $max;
    $c->context = new stdClass; $c->context->websocketHandshake = true; $c->context->handshakeStep = 2;
    $c->context->websocketDataBuffer = ''; $c->context->websocketCurrentFrameLength = 0;
    $c->worker = new stdClass;
    $pong = function ($c, $d) { $c->log .= 'O:' . bin2hex($d) . ';'; };
    if ($server) {
        $c->worker->onWebSocketPong = $pong;
    } else {
        // Ws reads callbacks from the connection only; its Close without a callback is a
        // plain close(), so a callback marks it
        $c->onWebSocketPong = $pong;
        $c->onWebSocketClose = function ($c) { $c->log .= 'C;'; $c->closed = true; };
    }
    $chunk = mt_rand(0, 1) ? max(1, strlen($s)) : mt_rand(1, 50);
    $pkgLen = 0;
    for ($off = 0; $off < strlen($s) && !$c->closed; $off += $chunk) {
        $c->buf .= substr($s, $off, $chunk);
        while ($c->buf !== '' && !$c->closed) {
            if ($pkgLen) { if ($pkgLen > strlen($c->buf)) break; }
            else {
                $pkgLen = $protocol::input($c->buf, $c);
                if ($c->closed || $pkgLen === 0) break;
                if ($pkgLen > $max) { $c->log .= 'E;'; $c->closed = true; break; }
                if ($pkgLen > strlen($c->buf)) break;
            }
            $one = substr($c->buf, 0, $pkgLen); $c->buf = substr($c->buf, $pkgLen); $pkgLen = 0;
            $c->log .= 'M:' . bin2hex($protocol::decode($one, $c)) . ';';
        }
    }
    file_put_contents("$dir/$mode$i.bin", pack('N', $max) . $s);
    $expected .= $c->log . "\n";
}
file_put_contents("$dir/$mode.expected", $expected);
PHP;
file_put_contents("$dir/gen.php", $generator);
exec("cc -O1 -Wall -Werror -I$root/ext/ws $root/tests/c/ws_frame_diff.c $root/ext/ws/ws_frame.c -o $dir/diff 2>&1", $out, $rc);
if ($rc !== 0) {
    echo "compile failed:\n", implode("\n", $out), "\n";
}
$cases = 200;
foreach (['server', 'client'] as $mode) {
    exec(escapeshellarg(PHP_BINARY) . " -n $dir/gen.php " . escapeshellarg(wm_workerman_dir()) . " $dir 6455 $cases $mode > /dev/null 2>&1", $o, $rc);
    echo "$mode: reference run ", $rc === 0 && is_file("$dir/$mode.expected") ? 'ok' : "failed ($rc)", "\n";
    $files = implode(' ', array_map(fn ($i) => "$dir/$mode$i.bin", range(0, $cases - 1)));
    $got = explode("\n", (string)shell_exec("$dir/diff $mode $files"));
    $want = explode("\n", (string)@file_get_contents("$dir/$mode.expected"));
    $differ = 0;
    $events = ['M' => 0, 'P' => 0, 'O' => 0, 'C' => 0, 'E' => 0];
    for ($i = 0; $i < $cases; $i++) {
        if (($got[$i] ?? null) !== ($want[$i] ?? '')) {
            if (!$differ++) {
                echo "case $i differs:\n  workerman: ", substr($want[$i] ?? '', 0, 300), "\n  ws_frame:  ", substr($got[$i] ?? '', 0, 300), "\n";
            }
        }
        foreach (explode(';', $want[$i] ?? '') as $event) {
            if ($event !== '') {
                $events[$event[0]]++;
            }
        }
    }
    echo "$mode: $cases streams, $differ differ\n";
    // the streams really exercised every kind of event
    foreach ($events as $kind => $count) {
        echo "$mode: $kind", $count > 5 ? ' seen' : " rare ($count)", "\n";
    }
}
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
server: reference run ok
server: 200 streams, 0 differ
server: M seen
server: P seen
server: O seen
server: C seen
server: E seen
client: reference run ok
client: 200 streams, 0 differ
client: M seen
client: P seen
client: O seen
client: C seen
client: E seen
