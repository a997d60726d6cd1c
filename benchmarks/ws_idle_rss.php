<?php
/* ws_idle_rss.php: RSS and Zend heap per idle connection after the WebSocket handshake,
 * against a text:// baseline. Usage: php benchmarks/ws_idle_rss.php [connections] [websocket|text]
 * (raise ulimit -n first). One warm-up connection is measured from, so one-time costs such as
 * OpenSSL's SHA-1 fetch are not counted. Uses tests/include/server.inc (WM_EXT picks the .so). */
require __DIR__ . '/../tests/include/server.inc';
$n = (int)($argv[1] ?? 5000);
$proto = $argv[2] ?? 'websocket';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('$proto://127.0.0.1:$port');
function rss() { preg_match('/VmRSS:\s+(\d+)/', file_get_contents('/proc/self/status'), \$m); return (int)\$m[1]; }
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onMessage = function (\$c, \$d) { if (\$d === 'm') { gc_collect_cycles(); echo "RSS ", rss(), " mem ", memory_get_usage(), " conns ", count(\$c->worker->connections), "\\n"; } \$c->send('ok'); };
Worker::runAll();
PHP);
$server->waitReady();
$ws = $proto === 'websocket';
$open = function () use ($port, $ws) {
    $c = stream_socket_client("tcp://127.0.0.1:$port");
    fwrite($c, $ws ? wm_ws_request('/') : "hi\n");
    return $c;
};
$finish = function ($c) use ($ws) { $ws ? wm_ws_read_head($c) : fgets($c); };
$msg = function ($c) use ($ws) { fwrite($c, $ws ? wm_ws_frame('m') : "m\n"); $ws ? wm_ws_read_frame($c) : fgets($c); };
$first = $open();
$finish($first);
$msg($first);
$server->waitFor("RSS ");
$socks = [];
for ($i = 0; $i < $n; $i++) {
    $socks[] = $open();
    if ($i % 200 == 199 || $i == $n - 1) {
        foreach (array_slice($socks, -($i % 200 + 1)) as $s) { $finish($s); }
    }
}
$msg($first);
$server->waitFor("RSS ", 2);
preg_match_all('/RSS (\d+) mem (\d+) conns (\d+)/', $server->output, $m);
printf("%s: %d idle connections: RSS %.0f B/conn, Zend heap %.0f B/conn\n", $proto, $m[3][1] - $m[3][0],
    ($m[1][1] - $m[1][0]) * 1024 / ($m[3][1] - $m[3][0]), ($m[2][1] - $m[2][0]) / ($m[3][1] - $m[3][0]));
$server->stop();
