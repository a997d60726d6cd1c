--TEST--
WebSocket permessage-deflate: negotiated only when permessageDeflate is truthy (connection, then worker) and the client offers it; compressed messages in (also fragmented), data frames out compressed (pings not); inflated size over maxPackageSize closes; offers needing a smaller server window are declined; without it the bytes are 4.2.1's
--EXTENSIONS--
workerman
posix
zlib
--FILE--
<?php
putenv('WM_API=4'); // 4.2.1's handshake bytes and superglobals (profile 5's: handshake5.phpt)
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('websocket://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onConnect = function (\$c) {
    static \$n = 0;
    \$n++;
    if (\$n === 2) { \$c->permessageDeflate = false; }
    if (\$n === 4) { \$c->maxPackageSize = 1000; }
};
\$w->permessageDeflate = true;
\$w->onMessage = function (\$c, \$d) { echo "message ", strlen(\$d), "\\n"; \$c->send(\$d); };
\$w->onClose = function (\$c) { echo "close\\n"; };
Worker::runAll();
PHP);
$server->waitReady();
$offer = "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n";
function compress(string $m): string {
    $d = deflate_init(ZLIB_ENCODING_RAW, ['window' => 15]);
    return substr(deflate_add($d, $m, ZLIB_SYNC_FLUSH), 0, -4);
}
function expand(string $p): string {
    $i = inflate_init(ZLIB_ENCODING_RAW, ['window' => 15]);
    return inflate_add($i, $p . "\x00\x00\xff\xff", ZLIB_SYNC_FLUSH);
}
// 1: negotiated on the worker's property
[$c, $head] = wm_ws_handshake($port, '/', $offer);
echo $head;
$text = str_repeat('compress me ', 100);
fwrite($c, wm_ws_frame(compress($text), 0xc1));
$f = wm_ws_read_frame($c);
printf("first %x, %d bytes on the wire, round trip %s\n", $f['first'], strlen($f['payload']), expand($f['payload']) === $text ? 'ok' : 'BAD');
// a compressed message in three fragments, then a ping
$z = compress('fragmented ' . $text);
fwrite($c, wm_ws_frame(substr($z, 0, 10), 0x41) . wm_ws_frame(substr($z, 10, 10), 0x00) . wm_ws_frame(substr($z, 20), 0x80) . wm_ws_frame('pp', 0x89));
$f = wm_ws_read_frame($c);
printf("first %x, round trip %s\n", $f['first'], expand($f['payload']) === 'fragmented ' . $text ? 'ok' : 'BAD');
$f = wm_ws_read_frame($c);
printf("first %x [%s]\n", $f['first'], $f['payload']);
// an uncompressed frame on a deflate connection is taken as is
fwrite($c, wm_ws_frame('plain'));
$f = wm_ws_read_frame($c);
printf("first %x, %s\n", $f['first'], expand($f['payload']));
// 2: the connection says no
[$c2, $head] = wm_ws_handshake($port, '/', $offer);
echo $head;
fwrite($c2, wm_ws_frame('x'));
$f = wm_ws_read_frame($c2);
echo bin2hex($f['raw'] . $f['payload']), "\n";
// 3: the client wants a 10-bit server window: declined
[$c3, $head] = wm_ws_handshake($port, '/', "Sec-WebSocket-Extensions: permessage-deflate; server_max_window_bits=10\r\n");
echo str_contains($head, 'Extensions') ? "negotiated\n" : "declined\n";
// 4: maxPackageSize 1000, a 2000-byte message compressed to a few bytes: closed
[$c4, $head] = wm_ws_handshake($port, '/', $offer);
fwrite($c4, wm_ws_frame(compress(str_repeat('a', 2000)), 0xc1));
var_dump(wm_read_all($c4));
$server->waitFor("close\n");
$out = $server->stop();
echo substr($out, strpos($out, "message"));
?>
--EXPECTF--
HTTP/1.1 101 Switching Protocols
Upgrade: websocket
Sec-WebSocket-Version: 13
Connection: Upgrade
Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=
Sec-WebSocket-Extensions: permessage-deflate; server_no_context_takeover; client_no_context_takeover
Server: workerman/%s

first c1, 25 bytes on the wire, round trip ok
first c1, round trip ok
first 8a [pp]
first c1, plain
HTTP/1.1 101 Switching Protocols
Upgrade: websocket
Sec-WebSocket-Version: 13
Connection: Upgrade
Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=
Server: workerman/%s

810178
declined
string(0) ""
message 1200
message 1211
message 5
message 1
close
%r(Workerman\[start\.php\] received signal SIGINT\n)?%rWorkerman[start.php] stopping%r( \.\.\.)?%r
close
close
close
Workerman[start.php] has been stopped
