--TEST--
Master: a killed worker is logged with its raw wait status, onWorkerExit (instance; 5.x also static) get it, and the respawn keeps its id
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
\$w->name = 'web';
\$w->count = 3;
\$w->onWorkerStart = function (\$w) { echo "start {\$w->id} " . getmypid() . "\\n"; wm_ready(); };
\$w->onWorkerExit = function (\$w, \$status, \$pid) { echo "instance exit {\$w->name} \$status \$pid\\n"; };
if (Worker::VERSION[0] === '5') { // a static in 5.x; 4.x has only the instance property
    Worker::\$onWorkerExit = function (\$w, \$status, \$pid) { echo "static exit \$status \$pid\\n"; };
}
Worker::runAll();
PHP, ['start', '-q']);
$server->waitReady(3);
preg_match_all('/^start (\d) (\d+)$/m', $server->output, $m);
$pids = array_combine($m[1], $m[2]);
ksort($pids);
echo implode(',', array_keys($pids)), "\n";
wm_kill_pid((int)$pids[1], SIGKILL);
$server->waitReady(4);
preg_match_all('/^start (\d) (\d+)$/m', $server->output, $m);
echo "respawned id: ", end($m[1]), " new pid: ", var_export(end($m[2]) !== $pids[1], true), "\n";
$server->signal(SIGINT);
$server->wait();
$out = $server->output;
$pid = $pids[1];
$static = Workerman\Worker::VERSION[0] === '5' ? "static exit 9 $pid\n" : '';
var_dump(str_contains($out, "worker[web:$pid] exit with status 9\ninstance exit web 9 $pid\n$static"));
$log = file_get_contents($server->dir . '/workerman.log');
var_dump((bool)preg_match("/^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d pid:{$server->pid} worker\\[web:$pid\\] exit with status 9$/m", $log));
/* Workers stopped by the master's SIGINT exit cleanly: status 0, no log line. */
var_dump(substr_count($out, "instance exit web 0 "), substr_count($out, 'exit with status'));
?>
--EXPECT--
0,1,2
respawned id: 1 new pid: true
bool(true)
bool(true)
int(3)
int(1)
