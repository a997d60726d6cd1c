--TEST--
Slowloris: with Http::$headerTimeout = 1, 40 connections that send part of a head (or trickle it a byte at a time) get a 408 and are closed, 10 that send nothing are closed silently; Http::$keepAliveTimeout = 0 keeps an idle keep-alive connection open meanwhile, and the worker keeps serving
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Protocols\Http;
Http::\$headerTimeout = 1;
Http::\$keepAliveTimeout = 0; /* disabled: the idle connection below must outlive the others */
\$w = new Worker('http://127.0.0.1:$port');
\$w->onMessage = function (\$c, \$r) { \$c->send('ok ' . \$r->path()); };
\$w->onWorkerStart = function () { wm_ready(); };
Worker::runAll();
PHP);
$server->waitReady();

function request($c, string $path): string
{
    fwrite($c, "GET $path HTTP/1.1\r\nHost: x\r\n\r\n");
    $head = '';
    while (!str_contains($head, "\r\n\r\n") && ($chunk = fread($c, 1)) !== '' && $chunk !== false) {
        $head .= $chunk;
    }
    preg_match('/Content-Length: (\d+)/', $head, $m);
    return wm_read_exact($c, (int)($m[1] ?? 0));
}

/* An idle keep-alive connection, made before the slow ones. */
$idle = wm_connect($port);
echo request($idle, '/first'), "\n";

$partial = $silent = $trickle = [];
for ($i = 0; $i < 30; $i++) {
    $c = wm_connect($port);
    fwrite($c, "GET /slow HTTP/1.1\r\nHost: x\r\nX-Slow-$i: ");
    $partial[] = $c;
}
for ($i = 0; $i < 10; $i++) {
    $silent[] = wm_connect($port);
}
for ($i = 0; $i < 10; $i++) {
    $c = wm_connect($port);
    stream_set_blocking($c, false);
    $trickle[] = $c;
}

/* Trickle one header byte per connection every 100 ms, as slowloris does, until each is
 * closed: the limit counts from the head's first byte, so it is not pushed back. */
$answers = array_fill(0, 10, '');
$closed = [];
$sent = array_fill(0, 10, 0);
$line = "GET /trickle HTTP/1.1\r\nHost: x\r\n" . str_repeat("X-Pad: y\r\n", 100);
$deadline = microtime(true) + wm_timeout(15);
while (count($closed) < 10 && microtime(true) < $deadline) {
    foreach ($trickle as $i => $c) {
        if (isset($closed[$i])) {
            continue;
        }
        $answers[$i] .= (string)fread($c, 4096);
        if (feof($c)) {
            $closed[$i] = true;
        } elseif ($sent[$i] < strlen($line)) {
            @fwrite($c, $line[$sent[$i]++]);
        }
    }
    usleep(100000); /* the client's pace, not a synchronisation */
}
$codes = array_count_values(array_map(fn($a) => trim(strtok($a, "\r")), $answers));
echo "trickle: ", json_encode($codes), ", none sent the whole head: ", json_encode(max($sent) < strlen($line)), "\n";

/* Reads every connection until the server closes it, all within one deadline. */
$count = function (array $conns) {
    $got = array_fill_keys(array_keys($conns), '');
    $open = $conns;
    $deadline = microtime(true) + wm_timeout(10);
    while ($open && ($left = $deadline - microtime(true)) > 0) {
        $r = array_values($open);
        $w = $e = null;
        if (stream_select($r, $w, $e, (int)$left, (int)(fmod($left, 1) * 1e6)) < 1) {
            break;
        }
        foreach ($open as $i => $c) {
            if (in_array($c, $r, true)) {
                $got[$i] .= (string)fread($c, 4096);
                if (feof($c)) {
                    unset($open[$i]);
                }
            }
        }
    }
    $seen = [];
    foreach ($got as $bytes) {
        $key = $bytes === '' ? '(closed silently)' : trim(strtok($bytes, "\r"));
        $seen[$key] = ($seen[$key] ?? 0) + 1;
    }
    return json_encode($seen) . ($open ? ', still open: ' . count($open) : '');
};
echo "partial: ", $count($partial), "\n";
echo "silent: ", $count($silent), "\n";
/* Exact bytes of one 408. */
$c = wm_connect($port);
fwrite($c, "GET / HTTP/1.1\r\n");
echo json_encode(wm_read_all($c, wm_timeout(5))), "\n";

/* The keep-alive connection made first is still open (its limit is disabled), and new
 * connections are served. */
echo request($idle, '/again'), "\n";
echo request(wm_connect($port), '/new'), "\n";
$out = $server->stop();
var_dump(substr_count($out, 'WM_READY'), str_contains($out, 'exit with status'));
?>
--EXPECT--
ok /first
trickle: {"HTTP\/1.1 408 Request Timeout":10}, none sent the whole head: true
partial: {"HTTP\/1.1 408 Request Timeout":30}
silent: {"(closed silently)":10}
"HTTP\/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n"
ok /again
ok /new
int(1)
bool(false)
