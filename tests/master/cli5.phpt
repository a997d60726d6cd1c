--TEST--
Master CLI, profile 5: start -d ends 'Input "php start.php stop"'; the first command word wins; log lines are trimmed; a stale pid file logs "Master pid:N is not alive"; Worker::$command makes "Start success."; stopAll($code, $log) in the master; -q hides the UI and LINE_VERSION_LENGTH
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
putenv('WM_API=5');

echo "--- daemon ---\n";
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('tcp://127.0.0.1:$port');
Worker::runAll();
PHP, ['start', '-d']);
wm_kill_daemon_at_exit($server);
var_dump($server->wait());
$out = $server->output;
echo substr($out, 0, strpos($out, "\n") + 1), substr($out, strrpos($out, "-\n") + 2);
$pidFile = $server->dir . '/workerman.start.php.pid';
wm_wait_file_contains($pidFile, '');
$master = (int)file_get_contents($pidFile);
foreach ([['stop', 'start'], ['status', 'start'], ['connections', '-d', 'stop', '-g']] as $args) {
    [$code, $text] = $server->command($args);
    echo implode(' ', $args), ": $code\n$text";
}
file_put_contents($pidFile, (string)$master);
[$code, $text] = $server->command(['reload']);
echo "reload, stale pid file: $code\n", str_replace("pid:$master ", 'pid:<old master> ', $text);
echo str_replace("pid:$master ", 'pid:<old master> ', preg_replace('/^\S+ \S+ pid:\d+ /m', '', file_get_contents($server->dir . '/workerman.log')));

echo "--- Worker::\$command, stopAll(3, ...) in the master ---\n";
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('tcp://127.0.0.1:$port');
\$w->onWorkerStart = function (\$w) { wm_ready(); };
Worker::\$command = 'start';
Worker::\$onMasterReload = function () { Worker::stopAll(3, " bye\\n"); };
Worker::runAll();
PHP, []);
$server->waitReady();
$server->signal(SIGUSR1);
var_dump($server->wait());
echo preg_replace('/^(?!Workerman\[|Start|WM_).*\n/m', '', $server->output);

echo "--- -q ---\n";
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('tcp://127.0.0.1:$port');
\$w->onWorkerStart = function (\$w) { var_dump(defined('LINE_VERSION_LENGTH')); wm_ready(); };
Worker::runAll();
PHP, ['start', '-q']);
$server->waitReady();
$server->signal(SIGTERM);
var_dump($server->wait());
echo $server->output;
?>
--EXPECT--
--- daemon ---
int(0)
Workerman[start.php] start in DAEMON mode
Input "php start.php stop" to stop. Start success.

stop start: 0
Workerman[start.php] stop
Workerman[start.php] is stopping ...
Workerman[start.php] stop success
status start: 0
Workerman[start.php] status
Workerman[start.php] not run
connections -d stop -g: 0
Workerman[start.php] connections
Workerman[start.php] not run
reload, stale pid file: 0
Workerman[start.php] reload
Master pid:<old master> is not alive
Workerman[start.php] not run
Workerman[start.php] start in DAEMON mode
Workerman[start.php] stop
Workerman[start.php] is stopping ...
Workerman[start.php] received signal SIGINT
Workerman[start.php] stopping
Workerman[start.php] has been stopped
Workerman[start.php] stop success
Workerman[start.php] status
Workerman[start.php] not run
Workerman[start.php] connections
Workerman[start.php] not run
Workerman[start.php] reload
Master pid:<old master> is not alive
Workerman[start.php] not run
--- Worker::$command, stopAll(3, ...) in the master ---
int(0)
Workerman[start.php] start in DEBUG mode
Start success.
WM_READY
Workerman[start.php] reloading
Workerman[start.php]  bye
Workerman[start.php] stopping, code [3]
Workerman[start.php] has been stopped
--- -q ---
int(0)
Workerman[start.php] start in DEBUG mode
bool(false)
WM_READY
Workerman[start.php] received signal SIGTERM
Workerman[start.php] stopping
Workerman[start.php] has been stopped
