--TEST--
Master CLI: status -d repeats the table every second and ends each round with "Press Ctrl+C to quit."
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
\$w->onWorkerStart = function (\$w) { wm_ready(); };
Worker::runAll();
PHP, ['start', '-q']);
$server->waitReady();
$cmd = [PHP_BINARY, '-d', 'extension=' . wm_ext_path(), $server->script, 'status', '-d'];
$p = proc_open($cmd, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes, $server->dir);
$out = '';
$deadline = microtime(true) + 8;
while (substr_count($out, "Press Ctrl+C to quit.") < 2 && microtime(true) < $deadline) {
    $r = [$pipes[1]];
    $w = $e = null;
    if (stream_select($r, $w, $e, 1) > 0) {
        $out .= fread($pipes[1], 65536);
    }
}
proc_terminate($p, SIGKILL);
proc_close($p);
var_dump(substr_count($out, "[Summary] \n\nPress Ctrl+C to quit.\n\n"));
var_dump(substr_count($out, "GLOBAL STATUS"));
var_dump((bool)preg_match('/^\d+\t\S+M +tcp:\/\/127.0.0.1:\d+ none +0 +0 +0 +0 +0 +\[idle\]$/m', $out));
?>
--EXPECT--
int(2)
int(2)
bool(true)
