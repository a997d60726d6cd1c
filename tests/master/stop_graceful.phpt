--TEST--
Master CLI: stop -g sends SIGQUIT: "is gracefully stopping ...", workers stop gracefully, getGracefulStop() is true in them
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('tcp://127.0.0.1:$port');
\$w->count = 2;
\$w->onWorkerStart = function (\$w) { wm_ready(); };
\$w->onWorkerStop = function (\$w) { echo "worker stop graceful=" . var_export(Worker::getGracefulStop(), true) . " status=" . Worker::getStatus() . "\\n"; };
\$w->onWorkerExit = function (\$w, \$status, \$pid) { echo "exit \$status\\n"; };
Worker::runAll();
PHP, ['start', '-q']);
$server->waitReady(2);
[$code, $out] = $server->command(['stop', '-g']);
echo "$code\n$out";
var_dump($server->wait());
$out = str_replace("WM_READY\n", '', $server->output);
/* The two workers and the master's reaping interleave: count, then check the frame. */
var_dump(substr_count($out, "worker stop graceful=true status=4\n"), substr_count($out, "exit 0\n"));
echo preg_replace('/^(worker stop|exit) .*\n/m', '', $out);
?>
--EXPECTF--
0
Workerman[%Sstart.php] stop%r ?%r
Workerman[%Sstart.php] is gracefully stopping ...
Workerman[%Sstart.php] stop success
int(0)
int(2)
int(2)
Workerman[%Sstart.php] start in DEBUG mode
%r(Workerman\[start\.php\] received signal SIGQUIT\n)?%rWorkerman[start.php] stopping%r( \.\.\.)?%r
Workerman[start.php] has been stopped
