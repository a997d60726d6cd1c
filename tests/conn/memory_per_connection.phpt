--TEST--
TcpConnection: Zend heap per connection in the worker with 1,000 connections, idle and after one keep-alive HTTP request each, below 320 bytes (issue 14: the object in the 256-byte bin)
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php
$limit = posix_getrlimit();
if ($limit['hard openfiles'] !== 'unlimited' && (int)$limit['hard openfiles'] < 2200) {
    die("skip needs a hard open-files limit of 2,200 or more");
}
?>
--FILE--
<?php
/* The worker prints memory_get_usage() (emalloc'd bytes: exact, no page rounding) after a
 * warm-up connection's request, once it accepted all N connections (onConnect counts them:
 * no sleep), and when the first connection asks again after every other one got its reply.
 * Per connection: the object (the 256-byte bin, since its watcher is the reactor's 40 bytes
 * instead of libevent's 128) + a slot in each of the two connection maps (packed arrays of
 * 1,024 slots here, 16 bytes a slot) = ~297 bytes; with the object in the 320-byte bin, as
 * before, that is over the bound (~361 in all). */
require __DIR__ . '/../include/server.inc';
function wm_raise_nofile(int $want): void
{
    $limit = posix_getrlimit();
    $hard = $limit['hard openfiles'] === 'unlimited' ? $want : min($want, (int)$limit['hard openfiles']);
    if ($limit['soft openfiles'] !== 'unlimited' && (int)$limit['soft openfiles'] < $hard) {
        posix_setrlimit(POSIX_RLIMIT_NOFILE, $hard, $limit['hard openfiles'] === 'unlimited' ? -1 : (int)$limit['hard openfiles']);
    }
}
wm_raise_nofile(2200);
$n = 1000;
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$limit = posix_getrlimit();
if (\$limit['soft openfiles'] !== 'unlimited' && (int)\$limit['soft openfiles'] < 2200) {
    posix_setrlimit(POSIX_RLIMIT_NOFILE, 2200, \$limit['hard openfiles'] === 'unlimited' ? -1 : (int)\$limit['hard openfiles']);
}
\$w = new Worker('http://127.0.0.1:$port');
\$connected = 0;
function mem(\$w, \$tag) { gc_collect_cycles(); echo "MEM \$tag ", memory_get_usage(), " conns ", count(\$w->connections), "\\n"; }
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onConnect = function (\$c) use (&\$connected, \$w) {
    if (++\$connected === $n + 1) {
        mem(\$w, 'idle');
    }
};
\$w->onMessage = function (\$c, \$r) use (\$w) {
    if (\$r->path() === '/m') {
        mem(\$w, \$r->get('tag'));
    }
    \$c->send('ok');
};
Worker::runAll();
PHP);
$server->waitReady();
$request = function ($c, $path) {
    fwrite($c, "GET $path HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
};
$reply = function ($c) {
    $reply = '';
    while (!str_ends_with($reply, "\r\n\r\nok") && ($d = fread($c, 4096)) !== false && $d !== '') {
        $reply .= $d;
    }
};
/* The first connection stays open: the base counts it, and it asks for the later figures. */
$first = wm_connect($port);
$request($first, '/m?tag=base');
$reply($first);
$server->waitFor('MEM base');
$socks = [];
for ($i = 0; $i < $n; $i++) {
    $socks[] = wm_connect($port);
}
$server->waitFor('MEM idle');
foreach ($socks as $s) {
    $request($s, '/');
}
foreach ($socks as $s) {
    $reply($s);
}
$request($first, '/m?tag=request');
$reply($first);
$server->waitFor('MEM request');
$out = $server->stop();
preg_match_all('/^MEM (\w+) (\d+) conns (\d+)$/m', $out, $m, PREG_SET_ORDER);
$mem = [];
foreach ($m as [, $tag, $bytes, $conns]) {
    $mem[$tag] = [(int)$bytes, (int)$conns];
}
foreach (['idle', 'request'] as $tag) {
    $conns = $mem[$tag][1] - $mem['base'][1];
    $per = ($mem[$tag][0] - $mem['base'][0]) / $conns;
    echo "$tag: $conns connections, ", $per < 320 ? 'less than 320' : "320 or MORE ($per)", " bytes each\n";
}
?>
--EXPECT--
idle: 1000 connections, less than 320 bytes each
request: 1000 connections, less than 320 bytes each
