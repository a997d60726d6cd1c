--TEST--
WebSocket (5.x): the Http\Request of onWebSocketConnect/onWebSocketConnected answers header(), host(), cookie() from the HTTP parser's offsets exactly as 4.2.1's scan of the same buffer does (frames after the head included); a head the parser refuses is scanned
--EXTENSIONS--
workerman
posix
--FILE--
<?php
putenv('WM_API=5');
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(str_replace('__PORT__', $port, <<<'PHP'
use Workerman\Worker;
use Workerman\Protocols\Http\Request;
function answers(Request $r): array
{
    return [$r->header('x-dup', 'D'), $r->header('X-SP'), $r->header('none', 'D'), $r->host(), $r->host(true),
        $r->cookie(), $r->header(), $r->path()];
}
function check(string $what, Request $r): void
{
    $a = answers($r);
    $b = answers(new Request($r->rawBuffer()));
    echo $what, ' ', $a === $b ? 'same ' . count($a[6]) : 'DIFF ' . json_encode([$a, $b]), "\n";
}
$w = new Worker('websocket://127.0.0.1:__PORT__');
$w->onWorkerStart = function () { wm_ready(); };
$w->onWebSocketConnect = function ($c, $r) { check('connect', $r); };
$w->onWebSocketConnected = function ($c, $r) { check('connected', $r); };
$w->onMessage = function ($c, $data) { $c->send($data); };
Worker::runAll();
PHP));
$server->waitReady();
$extra = "X-Dup: a\r\nx-dup:  b \t\r\nX-Sp: \t v \t \r\nCookie: a=1; b=2\r\nCookie: c=3\r\n";
[$c, $head] = wm_ws_handshake($port, '/p?q=1', $extra);
echo strtok($head, "\r\n"), "\n";
fclose($c);
/* a head the HTTP parser refuses (a space before a colon): the scan, still the same answers */
$c = wm_connect($port);
fwrite($c, wm_ws_request('/bad', "X-Bad : v\r\n") . wm_ws_frame('hi'));
echo strtok(wm_ws_read_head($c), "\r\n"), "\n";
$f = wm_ws_read_frame($c);
echo $f ? $f['payload'] : 'no frame', "\n";
fclose($c);
$out = $server->stop();
preg_match_all('/^(connect|connected) .*$/m', $out, $m);
echo implode("\n", $m[0]), "\n";
?>
--EXPECT--
HTTP/1.1 101 Switching Protocol
HTTP/1.1 101 Switching Protocol
hi
connect same 8
connected same 8
connect same 6
connected same 6
