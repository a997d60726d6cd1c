--TEST--
Master CLI: status prints the 4.2.1 table: global status, exit statistics, one line per process, Summary
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
putenv('WM_API=4'); /* 4.2.1's bytes; the *5.phpt tests check 5.2.2's */
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Timer;
\$w = new Worker('tcp://127.0.0.1:$port');
\$w->name = 'statusworker';
\$w->count = 2;
\$w->onWorkerStart = function (\$w) { Timer::add(10, function () {}); Timer::add(20, function () {}); wm_ready(); };
Worker::runAll();
PHP, ['start', '-q']);
$server->waitReady(2);
[$code, $out] = $server->command(['status']);
echo "$code\n$out";
var_dump(is_file($server->dir . '/workerman.start.php.status'));
?>
--EXPECTF--
0
Workerman[%s/start.php] status 
----------------------------------------------GLOBAL STATUS----------------------------------------------------
Workerman version:%s          PHP version:%s
start time:%d-%d-%d %d:%d:%d   run 0 days 0 hours   
load average: %sevent-loop:\Workerman\Events\Event
1 workers       2 processes
worker_name  exit_status      exit_count
statusworker 0                0
----------------------------------------------PROCESS STATUS---------------------------------------------------
pid	memory  listening             worker_name  connections send_fail timers  total_request qps    status
%d	%fM%s tcp://127.0.0.1:%d statusworker 0           0         2       0             0      [idle]
%d	%fM%s tcp://127.0.0.1:%d statusworker 0           0         2       0             0      [idle]
----------------------------------------------PROCESS STATUS---------------------------------------------------
Summary	%dM%s -                     -            0           0         4       0             0      [Summary] 
bool(false)
