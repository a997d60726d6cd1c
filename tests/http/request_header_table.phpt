--TEST--
Http server: a Request answers header()/headers, host(), cookie(), post() from the parser's offsets exactly as 4.2.1's scan of the same bytes does (a Request made from PHP), under the running profile: duplicates, blanks around values, mixed case, empty values, VT, numeric and long names, 100 lines
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/http.inc';
$port = wm_free_port();
$server = new WmServer(str_replace('__PORT__', $port, <<<'PHP'
use Workerman\Worker;
use Workerman\Protocols\Http\Request;
$w = new Worker('http://127.0.0.1:__PORT__');
$w->onWorkerStart = function () { wm_ready(); };
/* What a Request says about its headers; $names are asked one at a time (the lazy path)
 * before the whole array is built. */
function answers(Request $r, array $names): array
{
    $one = [];
    foreach ($names as $n) {
        $one[$n] = $r->header($n, 'DEFAULT');
    }
    return [$one, $r->host(), $r->host(true), $r->cookie(), $r->post(), $r->header(), $r->header('HOST')];
}
$w->onMessage = function ($c, $r) {
    $names = ['host', 'x-dup', 'X-Sp', 'x-tab', 'x-empty', 'x-empty2', 'x-vt', '123', 'cookie',
        'content-type', 'x-none', 'x-obs', str_repeat('n', 70), 'user-agent', 'x-h99'];
    $parsed = answers($r, $names);
    $copy = new Request($r->rawBuffer()); /* no parser behind it: the scan */
    $scanned = answers($copy, $names);
    $clone = clone $r;
    $c->send($parsed === $scanned && answers($clone, $names) === $parsed ? 'same ' . count($r->header())
        : 'DIFF ' . json_encode([$parsed, $scanned]));
};
Worker::runAll();
PHP));
$server->waitReady();
$c = wm_connect($port);
$heads = [
    "Host: example.com:8080\r\nX-Dup: a\r\nx-dup: b\r\nX-DUP:c\r\n",
    "HoSt:  h \t\r\nX-Sp: \t v \t \r\nX-Tab:\tv\t\r\nX-Empty:\r\nX-Empty2:   \r\n",
    "Host: h\r\nX-Vt: \x0b v\x0b \r\n123: num\r\n123: again\r\nX-Obs: \x80\xff\r\n"
        . str_repeat('N', 70) . ": long\r\nUser-Agent: ua/1\r\n",
    "Host: h\r\nCoOkIe: a=1; b=2;c=3\r\nCookie: d=4;  e = 5 ; =x; f\r\n",
    "Host: h\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 7\r\n",
    "Host: h\r\nContent-type: application/json \r\nContent-Length: 13\r\n",
];
$many = "Host: h\r\n"; /* and 99 more: the parser's limit is 100 lines */
for ($i = 1; $i < 100; $i++) {
    $many .= ($i % 7 ? "X-H$i" : 'x-dup') . ": v$i" . str_repeat(' ', $i % 3) . "\r\n";
}
$heads[] = $many;
$bodies = [4 => 'a=1&b=2', 5 => '{"j":[1,2,3]}'];
foreach ($heads as $i => $head) {
    fwrite($c, "POST /p HTTP/1.1\r\n$head\r\n" . ($bodies[$i] ?? ''));
    $reply = wm_http_read_reply($c);
    echo substr($reply, strpos($reply, "\r\n\r\n") + 4), "\n";
}
fclose($c);
$server->stop();
?>
--EXPECT--
same 2
same 5
same 6
same 2
same 3
same 3
same 87
