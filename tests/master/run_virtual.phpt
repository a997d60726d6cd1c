--TEST--
Master: the child calls $worker->run() virtually (a subclass run() ending in parent::run() works); a run() that returns without the loop logs "event-loop exited" and exits 250
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$port2 = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
class MyWorker extends Worker {
    public function run() { echo "subclass run {\$this->id}\\n"; parent::run(); }
}
class BrokenWorker extends Worker {
    public function run() { echo "broken run\\n"; }
}
\$w = new MyWorker('tcp://127.0.0.1:$port');
\$w->onWorkerStart = function (\$w) { echo "start " . get_class(\$w) . "\\n"; wm_ready(); };
\$b = new BrokenWorker('tcp://127.0.0.1:$port2');
\$b->name = 'broken';
Worker::runAll();
PHP, ['start', '-q']);
$server->waitReady();
$server->waitFor("exit with status 64000");
$out = $server->stop();
/* Other processes write between these lines: check presence and order only. */
$a = strpos($out, "subclass run 0\n");
$b = strpos($out, "start MyWorker\n");
var_dump($a !== false && $b !== false && $a < $b);
var_dump((bool)preg_match('/^broken run\nException: event-loop exited in \S+start.php:\d+\nStack trace:\n/m', $out));
var_dump((bool)preg_match('/^worker\[broken:\d+\] exit with status 64000$/m', $out));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
