--TEST--
Master CLI: stop/reload/status/connections when not running say "not run"; a second start says "already running"
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
\$w = new Worker('tcp://127.0.0.1:$port');
\$w->onWorkerStart = function (\$w) { wm_ready(); };
Worker::runAll();
PHP, ['-q', 'start']);
$server->waitReady();
[$code, $out] = $server->command(['start']);
echo "$code\n$out";
$server->signal(SIGINT);
$server->wait();
foreach (['stop', 'reload', 'status', 'connections', 'restart'] as $cmd) {
    if ($cmd === 'restart') {
        break;
    }
    [$code, $out] = $server->command([$cmd]);
    echo "$code\n$out";
}
/* A stale pid file (the pid of a process that has ended) counts as not running. */
$p = proc_open(['true'], [], $pipes);
$dead = proc_get_status($p)['pid'];
proc_close($p);
file_put_contents($server->dir . '/workerman.start.php.pid', (string)$dead);
[$code, $out] = $server->command(['stop', '-g']);
echo "$code\n$out";
?>
--EXPECTF--
0
Workerman[%s/start.php] start in DEBUG mode
Workerman[%s/start.php] already running
0
Workerman[%s/start.php] stop 
Workerman[%s/start.php] not run
0
Workerman[%s/start.php] reload 
Workerman[%s/start.php] not run
0
Workerman[%s/start.php] status 
Workerman[%s/start.php] not run
0
Workerman[%s/start.php] connections 
Workerman[%s/start.php] not run
0
Workerman[%s/start.php] stop 
Workerman[%s/start.php] not run
