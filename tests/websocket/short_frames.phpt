--TEST--
WebSocket short frames (the receive/send fast path): a FIN text frame after an unfinished fragment joins it, maxPackageSize at the 6+n edge, every key offset of a 2..125-byte payload, websocketType "\x82" and "0" on short sends, one string sent to many connections, a zero-length send
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('websocket://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onMessage = function (\$c, \$d) use (\$w) {
    if (\$d === 'max10') { \$c->maxPackageSize = 10; \$c->send('ok'); return; }
    if (\$d === 'bin') { \$c->websocketType = "\\x82"; \$c->send(str_repeat('b', 125)); \$c->send(str_repeat('b', 126)); return; }
    if (\$d === 'zero') { \$c->websocketType = '0'; \$c->send('z'); var_dump(bin2hex(\$c->websocketType)); return; }
    if (\$d === 'empty') { var_dump(\$c->send('')); return; }
    if (\$d === 'all') { \$m = 'to everyone'; foreach (\$w->connections as \$o) { var_dump(\$o->send(\$m)); } return; }
    \$c->send(\$d);
};
\$w->onClose = function (\$c) { echo "close\\n"; };
Worker::runAll();
PHP);
$server->waitReady();
[$c] = wm_ws_handshake($port);
[$c2] = wm_ws_handshake($port);
// every payload length of the fast path, odd keys
$bad = 0;
for ($n = 2; $n <= 125; $n++) {
    $p = random_bytes($n);
    fwrite($c, wm_ws_frame($p, $n & 1 ? 0x81 : 0x82, true, random_bytes(4)));
    $f = wm_ws_read_frame($c);
    $bad += $f['raw'] !== "\x81" . chr($n) || $f['payload'] !== $p;
}
echo "lengths 2..125: $bad bad\n";
// a FIN text frame while a fragmented message is open: 4.x appends it to the fragments
fwrite($c, wm_ws_frame('first-', 0x01) . wm_ws_frame('second', 0x81));
var_dump(wm_ws_read_frame($c)['payload']);
fwrite($c, wm_ws_frame('bin'));
$f = wm_ws_read_frame($c);
echo bin2hex($f['raw']), " ", strlen($f['payload']), "\n";
$f = wm_ws_read_frame($c);
echo bin2hex($f['raw']), " ", strlen($f['payload']), "\n";
fwrite($c, wm_ws_frame('zero'));
echo bin2hex(wm_ws_read_frame($c)['raw']), "\n";
fwrite($c, wm_ws_frame('empty') . wm_ws_frame('x'));
echo bin2hex(wm_ws_read_frame($c)['raw']), "\n";
$f = wm_ws_read_frame($c);
echo bin2hex($f['raw']), " ", $f['payload'], "\n";
fwrite($c2, wm_ws_frame('all'));
foreach ([$c, $c2] as $k) {
    $f = wm_ws_read_frame($k);
    echo bin2hex($f['raw']), " ", $f['payload'], "\n";
}
// maxPackageSize 10: a 4-byte payload (10 bytes) passes, a 5-byte one (11) is refused
fwrite($c2, wm_ws_frame('max10'));
var_dump(wm_ws_read_frame($c2)['payload']);
fwrite($c2, wm_ws_frame('abcd'));
var_dump(wm_ws_read_frame($c2)['payload']);
fwrite($c2, wm_ws_frame('abcde'));
var_dump(wm_read_all($c2));
$server->waitFor("close\n", 1);
$out = $server->stop();
echo substr($out, strpos($out, 'string'));
?>
--EXPECTF--
lengths 2..125: 0 bad
string(12) "first-second"
827d 125
827e007e 126
8101
8100
8101 x
810b to everyone
810b to everyone
string(2) "ok"
string(4) "abcd"
string(0) ""
string(2) "81"
bool(true)
bool(true)
bool(true)
error package. package_length=11
close
%r(Workerman\[start\.php\] received signal SIGINT\n)?%rWorkerman[start.php] stopping%r( \.\.\.)?%r
close
Workerman[start.php] has been stopped
