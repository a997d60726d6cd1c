--TEST--
Ops: Worker::$metricsListen serves Prometheus text from the master: well-formed families, one series per process of a count = 2 Worker, values that move with traffic and add up to what the clients saw, master series (processes, reloads, exits by status)
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/ops.inc';
$port = wm_free_port();
$metrics = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Timer;
Worker::\$metricsListen = 'http://127.0.0.1:$metrics';
\$w = new Worker('http://127.0.0.1:$port');
\$w->name = 'web "one"';
\$w->count = 2;
\$w->onWorkerStart = function (\$w) { Timer::add(30, function () {}); wm_ready(); };
\$w->onMessage = function (\$c, \$r) { \$c->send((string)getmypid()); };
Worker::runAll();
PHP, ['start', '-q']);
$server->waitReady(2);

[$status, $body] = ops_scrape($metrics);
echo "$status\n";
$families = [];
foreach (explode("\n", rtrim($body, "\n")) as $line) {
    if (preg_match('/^# (HELP|TYPE) ([a-z_]+) (.*)$/', $line, $m)) {
        $families[$m[2]][$m[1]] = $m[3];
    } elseif (!preg_match('/^([a-z_]+)(\{[a-z_]+="(?:[^"\\\\\n]|\\\\.)*"(?:,[a-z_]+="(?:[^"\\\\\n]|\\\\.)*")*\})? -?[0-9.]+$/', $line, $m) || !isset($families[$m[1]])) {
        echo "bad line: $line\n";
    }
}
foreach ($families as $name => $f) {
    $type = $f['TYPE'] ?? '?';
    if (!isset($f['HELP']) || !in_array($type, ['counter', 'gauge'], true) || ($type === 'counter') !== str_ends_with($name, '_total')) {
        echo "bad family $name\n";
    }
}
echo count($families) >= 20 ? "families ok\n" : "families: " . count($families) . "\n";
echo "processes ", ops_metric($body, 'workerman_master_processes'), "\n";
echo "ids ", ops_metric($body, 'workerman_worker_info', ['id' => '0']), ops_metric($body, 'workerman_worker_info', ['id' => '1']), "\n";
echo str_contains($body, 'worker="web \"one\""') ? "label escaped\n" : "label not escaped\n";
echo "requests before ", ops_metric_sum($body, 'workerman_worker_requests_total'), "\n";
/* memory_get_usage() is 0 under WM_VALGRIND (USE_ZEND_ALLOC=0). */
$zend = ops_metric($body, 'workerman_worker_zend_memory_bytes', ['id' => '0']);
echo ($zend > 0 || (getenv('WM_VALGRIND') && $zend === 0.0)) && ops_metric($body, 'workerman_worker_resident_memory_bytes', ['id' => '1']) > 0 ? "memory gauges set\n" : "no memory\n";

/* 4 connections x 5 requests; then one connection held open. */
$load = ops_keepalive_load($port, 4, 5, 20);
$held = wm_connect($port);
$request = "GET / HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n";
fwrite($held, $request);
$reply = fread($held, 4096);
$pid = substr($reply, strpos($reply, "\r\n\r\n") + 4);
$load['bodies'][$pid] = ($load['bodies'][$pid] ?? 0) + 1;

[, $body] = ops_scrape($metrics);
echo "requests after ", ops_metric_sum($body, 'workerman_worker_requests_total'), "\n";
echo ops_metric_sum($body, 'workerman_worker_accepted_connections_total') == $load['connections'] + 1 ? "accepted = connections made\n" : "accepted differs\n";
echo "received ", ops_metric_sum($body, 'workerman_worker_received_bytes_total') === 21.0 * strlen($request) ? "= bytes sent\n" : "differs\n";
/* A process adds what it wrote once writev() returned, which the client may see first:
 * scrape again until the last replies are counted. */
$deadline = microtime(true) + 5;
while (($sentBytes = ops_metric_sum($body, 'workerman_worker_sent_bytes_total')) < 21 * strlen($reply) - 21 * 2
    && microtime(true) < $deadline) {
    [, $body] = ops_scrape($metrics);
}
echo $sentBytes >= 21 * strlen($reply) - 21 * 2 ? "sent counted\n" : "sent too low: $sentBytes for 21 x " . strlen($reply) . "\n";
echo ops_metric_sum($body, 'workerman_worker_connections') >= 1 ? "held connection counted\n" : "no connection\n";
/* Per process: the requests each pid answered are its own series (aggregation by id). */
$match = true;
foreach (['0', '1'] as $id) {
    preg_match('/workerman_worker_info\{[^}]*id="' . $id . '",pid="(\d+)"\} 1/', $body, $m);
    $match = $match && (float)($load['bodies'][$m[1]] ?? 0) === ops_metric($body, 'workerman_worker_requests_total', ['id' => $id]);
}
echo $match ? "per-process series match the answers\n" : "per-process mismatch\n" . json_encode($load['bodies']) . "\n$body";
fclose($held);

/* The tick fills the timer gauge within a second or two. */
$deadline = microtime(true) + 5;
do {
    [, $body] = ops_scrape($metrics);
    $timers = ops_metric_sum($body, 'workerman_worker_timers');
} while ($timers != 2 && microtime(true) < $deadline && usleep(100000) === null);
echo "timers $timers\n";

/* A reload: counted by the master, two exits with status 0, same ids again. */
$server->command(['reload']);
$server->waitReady(4);
[, $body] = ops_scrape($metrics);
echo "reloads ", ops_metric($body, 'workerman_master_reloads_total'), "\n";
echo "exits 0: ", ops_metric($body, 'workerman_worker_exits_total', ['status' => '0']), "\n";
echo "requests after reload ", ops_metric_sum($body, 'workerman_worker_requests_total'), "\n";
echo "ids ", ops_metric($body, 'workerman_worker_info', ['id' => '0']), ops_metric($body, 'workerman_worker_info', ['id' => '1']), "\n";
echo ops_scrape($metrics, '/other')[0], "\n";
$c = wm_connect($metrics);
fwrite($c, "POST /metrics HTTP/1.1\r\nHost: x\r\n\r\n");
echo strtok(wm_read_all($c), "\r\n"), "\n";
$server->stop();
?>
--EXPECT--
HTTP/1.1 200 OK
families ok
processes 2
ids 11
label escaped
requests before 0
memory gauges set
requests after 21
accepted = connections made
received = bytes sent
sent counted
held connection counted
per-process series match the answers
timers 2
reloads 1
exits 0: 2
requests after reload 0
ids 11
HTTP/1.1 404 Not Found
HTTP/1.1 405 Method Not Allowed
