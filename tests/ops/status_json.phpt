--TEST--
Ops: `status --json` and `connections --json` give the text commands' data as JSON (master, exit counts by status, one entry per process, summary; one row per connection), the text outputs keep their lines
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/ops.inc';
$port = wm_free_port();
$port2 = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Timer;
\$w = new Worker('http://127.0.0.1:$port');
\$w->name = 'web';
\$w->count = 2;
\$w->onWorkerStart = function (\$w) { Timer::add(30, function () {}); Timer::add(30, function () {}); wm_ready(); };
\$w->onMessage = function (\$c, \$r) { \$c->send('ok'); };
\$f = new Worker('tcp://127.0.0.1:$port2');
\$f->name = 'flaky';
\$f->onWorkerStart = function () {
    if (!file_exists(__DIR__ . '/exited')) { touch(__DIR__ . '/exited'); exit(3); }
    wm_ready();
};
Worker::runAll();
PHP, ['start', '-q']);
$server->waitReady(3);
$load = ops_keepalive_load($port, 1, 3, 3);
$held = wm_connect($port);
fwrite($held, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
fread($held, 4096);

[$code, $out] = $server->command(['status', '--json']);
$doc = json_decode($out, true);
echo "exit $code, ", $doc ? "one JSON document\n" : "not JSON: $out\n";
echo $doc['version'] === (getenv('WM_API') === '5' ? '5.2.2' : '4.2.1') ? "version\n" : "version {$doc['version']}\n";
echo "workers {$doc['worker_count']} processes {$doc['process_count']} pid ", $doc['master_pid'] === $server->pid ? 'master' : $doc['master_pid'], "\n";
echo is_int($doc['start_time']) && $doc['uptime'] >= 0 && count($doc['load_average']) === 3 ? "times and load\n" : "bad global\n";
/* Exit statuses are waitpid()'s raw values, as Workerman's status shows them (exit(3): 768). */
foreach ($doc['workers'] as $w) {
    echo "{$w['name']} {$w['listen']} count {$w['count']} exits ", json_encode($w['exits']), "\n";
}
$ids = [];
foreach ($doc['processes'] as $p) {
    $ids[] = "{$p['name']}:{$p['id']}:{$p['status']}:{$p['timers']}";
    /* memory_get_usage() is 0 under WM_VALGRIND (USE_ZEND_ALLOC=0). */
    if (!is_int($p['memory']) || ($p['memory'] <= 0 && !getenv('WM_VALGRIND')) || !is_int($p['pid'])) {
        echo "bad row ", json_encode($p), "\n";
    }
}
sort($ids);
echo implode(' ', $ids), "\n";
$s = $doc['summary'];
echo "summary timers {$s['timers']} requests {$s['total_request']} connections {$s['connections']} send_fail {$s['send_fail']}\n";

[$code, $text] = $server->command(['status']);
echo preg_match('/^(\d+)\t.* web +1 +0 +2 +\d+ +0 +\[idle\]$/m', $text) && !str_contains($text, '{') ? "text status unchanged\n" : $text;

[$code, $out] = $server->command(['connections', '--json']);
$rows = json_decode($out, true);
$mine = stream_socket_get_name($held, false);
foreach ($rows as $row) {
    if ($row['remote_address'] === $mine) {
        echo "{$row['worker']} {$row['transport']} {$row['protocol']} {$row['status']} ipv4 ", var_export($row['ipv4'], true),
            " read ", $row['bytes_read'] > 0 ? 'some' : 0, " local {$row['local_address']}\n";
    }
}
[$code, $text] = $server->command(['connections']);
echo str_contains($text, $mine) && !str_contains($text, '{') ? "text connections unchanged\n" : $text;
fclose($held);
$server->stop();
?>
--EXPECTF--
exit 0, one JSON document
version
workers 2 processes 3 pid master
times and load
web http://127.0.0.1:%d count 2 exits []
flaky tcp://127.0.0.1:%d count 1 exits [{"status":768,"count":1}]
flaky:0:idle:0 web:0:idle:2 web:1:idle:2
summary timers 4 requests 4 connections %d send_fail 0
text status unchanged
web tcp Workerman\Protocols\Http ESTABLISHED ipv4 true read some local 127.0.0.1:%d
text connections unchanged
