--TEST--
Master CLI: reload -g sends SIGUSR2: workers reload gracefully (getGracefulStop() true in onWorkerReload) and come back with their ids
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
\$w->onWorkerStart = function (\$w) { echo "start {\$w->id}\\n"; wm_ready(); };
\$w->onWorkerReload = function (\$w) { echo "reload {\$w->id} graceful=" . var_export(Worker::getGracefulStop(), true) . "\\n"; };
Worker::runAll();
PHP, ['start', '-q']);
$server->waitReady(2);
[$code, $out] = $server->command(['reload', '-g']);
echo "$code\n$out";
$server->waitReady(4);
$out = $server->stop();
var_dump(substr_count($out, "graceful=true\n"), substr_count($out, "start 0\n"), substr_count($out, "start 1\n"));
var_dump(str_contains($out, "Workerman[start.php] reloading\n"), str_contains($out, 'exit with status'));
?>
--EXPECTF--
0
Workerman[%Sstart.php] reload%r ?%r
int(2)
int(2)
int(2)
bool(true)
bool(false)
