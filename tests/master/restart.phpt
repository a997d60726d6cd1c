--TEST--
Master CLI: restart -d stops the running master and starts a new daemon in its place
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
\$w->onWorkerStart = function (\$w) { echo "start " . getmypid() . "\\n"; wm_ready(); };
Worker::runAll();
PHP, ['start', '-q']);
wm_kill_daemon_at_exit($server);
$server->waitReady();
$pidFile = $server->dir . '/workerman.start.php.pid';
[$code, $text] = $server->command(['restart', '-d', '-q']);
echo "$code\n$text";
var_dump($server->wait());
$master = (int)file_get_contents($pidFile);
var_dump($master !== $server->pid, wm_pid_alive($master));
$c = wm_connect($port);
var_dump(is_resource($c));
[$code, $text] = $server->command(['stop']);
echo "$code\n$text";
var_dump(wm_pid_alive($master));
?>
--EXPECTF--
0
Workerman[%Sstart.php] restart%r ?%r
Workerman[%Sstart.php] is stopping ...
Workerman[%Sstart.php] stop success
int(0)
bool(true)
bool(true)
bool(true)
0
Workerman[%Sstart.php] stop%r ?%r
Workerman[%Sstart.php] is stopping ...
Workerman[%Sstart.php] stop success
bool(false)
