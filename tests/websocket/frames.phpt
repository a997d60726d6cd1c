--TEST--
WebSocket frames: echo of every length class (exact server headers), binary in, fragments reassembled across reads, a frame split byte by byte, maxPackageSize over fragments, unmasked frame, bad opcode, peer closing mid-frame
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
\$w->onConnect = function (\$c) { \$c->maxPackageSize = 300000; };
\$w->onMessage = function (\$c, \$d) {
    echo "message ", strlen(\$d), " ", md5(\$d), "\\n";
    \$c->send(\$d);
};
\$w->onClose = function (\$c) { echo "close\\n"; };
Worker::runAll();
PHP);
$server->waitReady();
[$c, $head] = wm_ws_handshake($port);
foreach ([0, 1, 125, 126, 65535, 65536, 200000] as $n) {
    $payload = $n ? random_bytes($n) : "";
    fwrite($c, wm_ws_frame($payload, 0x82));
    $f = wm_ws_read_frame($c);
    printf("%d: header %s, payload %s\n", $n, bin2hex($f['raw']), $f['payload'] === $payload ? 'same' : 'DIFFERENT');
}
// fragments: binary message in four frames, two of them in separate writes
fwrite($c, wm_ws_frame('ab', 0x02) . wm_ws_frame('cd', 0x00));
usleep(20000);
fwrite($c, wm_ws_frame(str_repeat('e', 1000), 0x00));
usleep(20000);
fwrite($c, wm_ws_frame('fg', 0x80));
$f = wm_ws_read_frame($c);
var_dump($f['payload'] === 'abcd' . str_repeat('e', 1000) . 'fg');
// one frame written byte by byte
foreach (str_split(wm_ws_frame('slowly')) as $byte) {
    fwrite($c, $byte);
    usleep(2000);
}
var_dump(wm_ws_read_frame($c)['payload']);
// fragments adding up to more than maxPackageSize (300000): printed and closed
fwrite($c, wm_ws_frame(str_repeat('x', 200000), 0x01));
fwrite($c, wm_ws_frame(str_repeat('y', 100000), 0x80));
var_dump(wm_read_all($c));
$server->waitFor("close\n", 1);

[$c] = wm_ws_handshake($port);
fwrite($c, wm_ws_frame('plain', 0x81, false));
var_dump(wm_read_all($c));
$server->waitFor("close\n", 2);

[$c] = wm_ws_handshake($port);
fwrite($c, wm_ws_frame('op', 0x8b));
var_dump(wm_read_all($c));
$server->waitFor("close\n", 3);

// peer leaves in the middle of a frame: onClose, no message
[$c] = wm_ws_handshake($port);
fwrite($c, substr(wm_ws_frame(str_repeat('z', 500)), 0, 200));
usleep(20000);
fclose($c);
$server->waitFor("close\n", 4);
$out = $server->stop();
echo substr($out, strpos($out, "message 0"));
?>
--EXPECTF--
0: header 8100, payload same
1: header 8101, payload same
125: header 817d, payload same
126: header 817e007e, payload same
65535: header 817effff, payload same
65536: header 817f0000000000010000, payload same
200000: header 817f0000000000030d40, payload same
bool(true)
string(6) "slowly"
string(0) ""
string(0) ""
string(0) ""
message 0 d41d8cd98f00b204e9800998ecf8427e
message 1 %s
message 125 %s
message 126 %s
message 65535 %s
message 65536 %s
message 200000 %s
message 1006 %s
message 6 %s
error package. package_length=300014
close
frame not masked so close the connection
close
error opcode 11 and close websocket connection. Buffer:8b82%s
close
close
%r(Workerman\[start\.php\] received signal SIGINT\n)?%rWorkerman[start.php] stopping%r( \.\.\.)?%r
Workerman[start.php] has been stopped
