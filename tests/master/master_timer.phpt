--TEST--
Master: Timer::add() before runAll() fires in the master (on its loop), never in workers; Worker::$onMasterStop runs at the end
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Timer;
\$w = new Worker('tcp://127.0.0.1:$port');
\$w->count = 2;
\$w->onWorkerStart = function (\$w) { echo "worker timers " . \\Workerman\\Worker::\$globalEvent->getTimerCount() . "\\n"; wm_ready(); };
\$n = 0;
Timer::add(0.05, function () use (&\$n) { \$n++; if (\$n === 3) { echo "master tick in " . getmypid() . "\\n"; } });
Worker::\$onMasterStop = function () use (&\$n) { echo "master stop ticks>=3: " . var_export(\$n >= 3, true) . "\\n"; };
Worker::runAll();
PHP, ['start', '-q']);
$server->waitReady(2);
$server->waitFor("master tick in");
$master = $server->pid;
$out = $server->stop();
var_dump(str_contains($out, "master tick in $master\n"), substr_count($out, "master tick in"));
var_dump(substr_count($out, "worker timers 0\n"));
var_dump(str_ends_with($out, "Workerman[start.php] has been stopped\nmaster stop ticks>=3: true\n"));
?>
--EXPECT--
bool(true)
int(1)
int(2)
bool(true)
