--TEST--
Worker::reloadAllWorkers() [4]: as 4.2.1 on Linux it redoes initWorkers (the listener stays), prints the start UI again and leaves the process RELOADING, which then ignores reload signals; it reloads nothing
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
putenv('WM_API=4'); // a 4.2.1 method
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('text://127.0.0.1:$port');
\$w->name = '';
\$w->onWorkerStart = function (\$w) { echo "start\\n"; wm_ready(); };
\$w->onWorkerReload = function (\$w) { echo "reload\\n"; };
\$w->onMessage = function (\$c, \$data) use (\$w) {
    if (\$data === 'go') {
        \$w->name = '';
        \$w->pauseAccept();
        Worker::reloadAllWorkers();
        \$c->send(Worker::getStatus() . ' ' . \$w->name . ' ' . posix_getpid());
        return;
    }
    \$c->send("pong " . posix_getpid());
};
Worker::runAll();
PHP);
$server->waitReady();
$c = wm_connect($port);
fwrite($c, "go\n");
[$status, $name, $pid] = explode(' ', trim(fgets($c)));
echo "status $status, name $name\n";
wm_kill_pid((int)$pid, SIGUSR1); // ignored while RELOADING
$server->waitFor("reload\n", 1, 0.5);
$d = wm_connect($port); // accepted: listen() resumed accepting
fwrite($d, "ping\n");
var_dump(trim(fgets($d)) === "pong $pid");
$out = $server->stop();
var_dump(substr_count($out, "Start success."), substr_count($out, "reload\n"), substr_count($out, "start\n"));
?>
--EXPECT--
status 8, name none
bool(true)
int(2)
int(0)
int(1)
