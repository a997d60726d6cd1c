--TEST--
Master: warnings in the master print as "<msg> in file <file> on line <n>" (4.x init's handler); workers keep PHP's own format
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
\$w->onWorkerStart = function (\$w) { \$a = []; echo \$a['in_worker']; wm_ready(); };
Worker::\$onMasterStop = function () { \$a = []; echo \$a['in_master']; };
Worker::runAll();
PHP, ['start', '-q']);
$server->waitReady();
$out = $server->stop();
var_dump((bool)preg_match('/^Undefined array key "in_master" in file \S+start.php on line 6$/m', $out));
var_dump((bool)preg_match('/Warning: +Undefined array key "in_worker" in \S+start.php on line 5$/m', $out));
var_dump(str_contains($out, 'in file') && !str_contains($out, '"in_worker" in file'));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
