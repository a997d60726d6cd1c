--TEST--
Ops: maxMemory ('2M': K/M/G suffixes, 1024-based) recycles a worker whose memory_get_usage() reached it, checked by the once-a-second tick; the fresh process takes the same id
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php
/* USE_ZEND_ALLOC=0 (valgrind mode): memory_get_usage() reads 0, nothing to reach. */
if (getenv('WM_VALGRIND')) die('skip memory_get_usage() is 0 under WM_VALGRIND');
?>
--FILE--
<?php
require __DIR__ . '/ops.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('http://127.0.0.1:$port');
\$w->name = 'leaky';
\$w->maxMemory = '2M';
\$w->onWorkerStart = function (\$w) { echo "start {\$w->id}\\n"; wm_ready(); };
\$w->onMessage = function (\$c, \$r) {
    global \$leak;
    \$leak[] = str_repeat('x', 512 * 1024);
    \$c->send((string)getmypid());
};
Worker::runAll();
PHP, ['start', '-q']);
$server->waitReady(1);
$first = ops_keepalive_load($port, 1, 1, 4)['bodies'];
echo $server->waitFor('recycled at', 1, 5) ? "recycled\n" : "not recycled\n";
$server->waitReady(2);
$after = ops_keepalive_load($port, 1, 1, 1)['bodies'];
echo array_keys($first) != array_keys($after) ? "a fresh process answers\n" : "same process\n";
$out = $server->stop();
echo preg_match('/^worker\[leaky:\d+\] recycled at \d+ bytes of memory \(maxMemory 2097152\)$/m', $out) ? "logged\n" : $out;
preg_match_all('/^start (\d+)$/m', $out, $m);
echo "ids: ", implode(',', $m[1]), "\n";
?>
--EXPECT--
recycled
a fresh process answers
logged
ids: 0,0
