--TEST--
Master CLI: start -d returns at once with the daemon UI; the daemon writes its pid file and stdoutFile; stop stops it
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
Worker::\$stdoutFile = __DIR__ . '/stdout.txt';
\$w = new Worker('tcp://127.0.0.1:$port');
\$w->count = 2;
\$w->onWorkerStart = function (\$w) { echo "start {\$w->id} " . posix_getppid() . "\\n"; wm_ready(); };
Worker::runAll();
PHP, ['start', '-d']);
wm_kill_daemon_at_exit($server);
var_dump($server->wait());
$out = $server->output;
echo substr($out, 0, strpos($out, "\n") + 1);
echo substr($out, strrpos($out, "-\n") + 2);
$pidFile = $server->dir . '/workerman.start.php.pid';
var_dump(wm_wait_file_contains($pidFile, ''));
$master = (int)file_get_contents($pidFile);
var_dump($master !== $server->pid, wm_pid_alive($master), posix_getsid($master) !== posix_getsid(0));
var_dump(wm_wait_file_contains($server->dir . '/stdout.txt', 'WM_READY', 2));
var_dump(substr_count(file_get_contents($server->dir . '/stdout.txt'), "$master\n"));
[$code, $text] = $server->command(['stop']);
echo "$code\n$text";
var_dump(wm_pid_alive($master), is_file($pidFile));
$log = file_get_contents($server->dir . '/workerman.log');
var_dump(str_contains($log, " pid:$master Workerman[start.php] stopping ...\n"), str_contains($log, " pid:$master Workerman[start.php] has been stopped\n"));
?>
--EXPECTF--
int(0)
Workerman[%s/start.php] start in DAEMON mode
Input "php %s/start.php stop" to stop. Start success.

bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(2)
0
Workerman[%s/start.php] stop 
Workerman[%s/start.php] is stopping ...
Workerman[%s/start.php] stop success
bool(false)
bool(false)
bool(true)
bool(true)
