--TEST--
Ops: maxRequests recycles a worker as a graceful reload does (same id, a fresh pid, a log line); a bounded keep-alive load through several recycles loses no request
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/ops.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('http://127.0.0.1:$port');
\$w->name = 'web';
\$w->maxRequests = 30;
\$w->onWorkerStart = function (\$w) { echo "start {\$w->id}\\n"; wm_ready(); };
\$w->onWorkerStop = function (\$w) { echo "stop {\$w->id}\\n"; };
\$w->onMessage = function (\$c, \$r) { \$c->send((string)getmypid()); };
Worker::runAll();
PHP, ['start', '-q']);
$server->waitReady(1);
/* 4 clients, 5 requests per connection, 150 requests: a process serves at most 30 + 4 x 5,
 * so at least 3 processes answer. */
$load = ops_keepalive_load($port, 4, 5, 150);
echo "ok {$load['ok']} failed {$load['failed']}\n";
$pids = $load['bodies'];
echo count($pids) >= 3 ? "served by several processes\n" : "processes: " . json_encode($pids) . "\n";
$max = max($pids);
echo $max <= 30 + 4 * 5 ? "each served at most maxRequests plus what its open connections still sent\n" : "max $max\n";
$server->signal(SIGINT);
$server->wait();
$log = (string)file_get_contents($server->dir . '/workerman.log');
$server->kill();
$out = $server->output;
preg_match_all('/^start (\d+)$/m', $out, $m);
echo "ids: ", implode(',', array_unique($m[1])), "\n";
/* Workerman's log format in the log file; the message alone on stdout. */
preg_match_all('/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d pid:(\d+) worker\[web:(\d+)\] recycled after (\d+) requests \(maxRequests\)$/m', $log, $r);
$same = array_map(fn($a, $b) => $a === $b, $r[1], $r[2]);
echo count($r[3]) >= 2 && min($r[3]) == 30 && !in_array(false, $same, true) ? "logged\n" : $log;
echo substr_count($out, "recycled after 30 requests (maxRequests)\n") === count($r[3]) ? "echoed\n" : $out;
echo str_contains($out, 'exit with status') ? $out : "clean exits\n";
?>
--EXPECT--
ok 150 failed 0
served by several processes
each served at most maxRequests plus what its open connections still sent
ids: 0
logged
echoed
clean exits
