--TEST--
Master: pid file (master pid, no newline), log lines "Y-m-d H:i:s pid:<pid> <msg>", configured paths, logFileMaxSize keeps the second half
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
Worker::\$pidFile = __DIR__ . '/my.pid';
Worker::\$logFile = __DIR__ . '/my.log';
Worker::\$logFileMaxSize = 4096;
\$w = new Worker('tcp://127.0.0.1:$port');
\$w->onWorkerStart = function (\$w) {
    for (\$i = 0; \$i < 100; \$i++) { Worker::log("line \$i " . str_repeat('x', 40)); }
    echo 'pidFile=' . basename(Worker::\$pidFile) . ' logFile=' . basename(Worker::\$logFile) . "\\n";
    wm_ready();
};
Worker::runAll();
PHP, ['start', '-q']);
$server->waitReady();
var_dump(file_get_contents($server->dir . '/my.pid') === (string)$server->pid);
var_dump(is_file($server->dir . '/workerman.log'));
$log = file_get_contents($server->dir . '/my.log');
var_dump(strlen($log) <= 4096 + 100);
$lines = explode("\n", rtrim($log, "\n"));
$bad = array_filter($lines, fn($l) => !preg_match('/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d pid:\d+ line \d+ x{40}$/', $l));
var_dump(count($bad), str_ends_with($log, "line 99 " . str_repeat('x', 40) . "\n"));
echo preg_match('/pidFile=\S+ logFile=\S+/', $server->output, $m) ? $m[0] : 'none', "\n";
$server->signal(SIGINT);
$server->wait();
var_dump(is_file($server->dir . '/my.pid'));
?>
--EXPECT--
bool(true)
bool(false)
bool(true)
int(0)
bool(true)
pidFile=my.pid logFile=my.log
bool(false)
