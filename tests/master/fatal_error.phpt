--TEST--
Master: a fatal error in a worker is logged by checkErrors ("process terminated with ERROR"), status 65280, respawned
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php
/* USE_ZEND_ALLOC=0 (valgrind mode) turns memory_limit off: the worker would never die. */
if (getenv('WM_VALGRIND')) die('skip memory_limit is not enforced under WM_VALGRIND');
?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Timer;
ini_set('memory_limit', '16M');
\$w = new Worker('tcp://127.0.0.1:$port');
\$w->onWorkerStart = function (\$w) {
    echo "start\\n";
    if (!file_exists(__DIR__ . '/died')) {
        touch(__DIR__ . '/died');
        Timer::add(0.01, function () { \$a = str_repeat('x', 64 * 1024 * 1024); }, [], false);
        return;
    }
    wm_ready();
};
Worker::runAll();
PHP, ['start', '-q']);
$server->waitReady(1);
$out = $server->stop();
var_dump(substr_count($out, "start\n"));
var_dump((bool)preg_match('/^Worker\[\d+\] process terminated with ERROR: E_ERROR "Allowed memory size of \d+ bytes exhausted \(tried to allocate \d+ bytes\) in \S+start.php on line \d+"$/m', $out));
var_dump((bool)preg_match('/^worker\[none:\d+\] exit with status 65280$/m', $out));
?>
--EXPECT--
int(2)
bool(true)
bool(true)
