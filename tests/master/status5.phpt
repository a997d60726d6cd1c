--TEST--
Master CLI, profile 5: status prints 5.2.2's table (mode line, version line, load on the start line, name/event-loop exit table, 8-wide minimum columns, float memory sum); status -d clears the screen even off a terminal, as 5.x does
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
putenv('WM_API=5');
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Timer;
\$w = new Worker('tcp://127.0.0.1:$port');
\$w->name = 'st';
\$w->count = 2;
\$w->onWorkerStart = function (\$w) { Timer::add(10, function () {}); wm_ready(); };
\$t = new Worker();
\$t->onWorkerStart = function (\$w) { wm_ready(); };
Worker::runAll();
PHP, ['start', '-q']);
$server->waitReady(3);
[$code, $out] = $server->command(['status']);
echo "$code\n$out";
preg_match_all('/^\d+\t([\d.]+)M /m', $out, $m);
preg_match('/^Summary\t(\S+)M /m', $out, $sum);
var_dump($sum[1] === (string)array_sum(array_map('floatval', $m[1])));
var_dump(is_file($server->dir . '/workerman.start.php.status'));

$cmd = [PHP_BINARY, '-d', 'extension=' . wm_ext_path(), '-d', 'workerman.api=5', $server->script, 'status', '-d'];
$p = proc_open($cmd, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes, $server->dir);
$live = '';
$deadline = microtime(true) + 8;
while (substr_count($live, "Press Ctrl+C to quit.") < 2 && microtime(true) < $deadline) {
    $r = [$pipes[1]];
    $w = $e = null;
    if (stream_select($r, $w, $e, 1) > 0) {
        $live .= fread($pipes[1], 65536);
    }
}
proc_terminate($p, SIGKILL);
proc_close($p);
var_dump(substr_count($live, "\33[H\33[2J\33(B\33[mStart worker in DEBUG mode.\n"));
var_dump(substr_count($live, "[Summary] \n\nPress Ctrl+C to quit.\n\n"));
?>
--EXPECTF--
0
Workerman[start.php] status
Start worker in DEBUG mode.
---------------------------------------------------GLOBAL STATUS---------------------------------------------------------
Workerman/5.2.2         PHP/%s (JIT off)%s%s/%s
start time:%d-%d-%d %d:%d:%d   run 0 days 0 hours   load average: %f, %f, %f
2 workers    3 processes
name         event-loop     exit_status     exit_count
st           event          0               0               
none         event          0               0               
---------------------------------------------------PROCESS STATUS--------------------------------------------------------
pid	memory  listening             name     connections send_fail timers  total_request qps    status
%d	%fM%s tcp://127.0.0.1:%d st       0           0         1       0             0      [idle]
%d	%fM%s tcp://127.0.0.1:%d st       0           0         1       0             0      [idle]
%d	%fM%s none                  none     0           0         0       0             0      [idle]
---------------------------------------------------PROCESS STATUS--------------------------------------------------------
Summary	%fM%s -                     -        0           0         2       0             0      [Summary] 
bool(true)
bool(false)
int(2)
int(2)
