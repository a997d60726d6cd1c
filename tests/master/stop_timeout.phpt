--TEST--
Master: a worker still busy stopTimeout seconds after the stop signal is killed (status 9 logged); the master still ends cleanly
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
Worker::\$stopTimeout = 2;
\$w = new Worker('tcp://127.0.0.1:$port');
\$w->onWorkerStart = function (\$w) { wm_ready(); };
\$w->onWorkerStop = function (\$w) { echo "stuck\\n"; \$t = microtime(true); while (microtime(true) < \$t + 10); };
Worker::runAll();
PHP, ['start', '-q']);
$server->waitReady();
$server->signal(SIGINT);
var_dump($server->wait());
echo preg_replace('/:\d+\]/', ':PID]', str_replace("WM_READY\n", '', $server->output));
?>
--EXPECTF--
int(0)
Workerman[%Sstart.php] start in DEBUG mode
%r(Workerman\[start\.php\] received signal SIGINT\n)?%rWorkerman[start.php] stopping%r( \.\.\.)?%r
stuck
worker[none:PID] exit with status 9
Workerman[start.php] has been stopped
