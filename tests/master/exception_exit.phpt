--TEST--
Master: an exception in onWorkerStart is logged as Workerman 4 logs it, the worker exits 250 (status 64000) and is respawned with its id
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
\$w->onWorkerStart = function (\$w) {
    echo "start {\$w->id}\\n";
    if (\$w->id === 1 && !file_exists(__DIR__ . '/thrown')) {
        touch(__DIR__ . '/thrown');
        throw new RuntimeException("boom in start");
    }
    wm_ready();
};
\$w->onWorkerStop = function (\$w) { echo "stop {\$w->id}\\n"; };
\$w->onWorkerExit = function (\$w, \$status, \$pid) { echo "exit \$status\\n"; };
Worker::runAll();
PHP, ['start', '-q']);
$server->waitReady(2);
$server->signal(SIGINT);
$server->wait();
$out = $server->output;
var_dump(substr_count($out, "start 1\n"));
var_dump((bool)preg_match('/^RuntimeException: boom in start in \S+start.php:\d+\nStack trace:\n#0 /m', $out));
var_dump((bool)preg_match("/^stop 1\nworker\\[none:\\d+\\] exit with status 64000\nexit 64000\n/m", $out));
$log = file_get_contents($server->dir . '/workerman.log');
var_dump((bool)preg_match('/^\S+ \S+ pid:\d+ RuntimeException: boom in start in /m', $log));
?>
--EXPECT--
int(2)
bool(true)
bool(true)
bool(true)
