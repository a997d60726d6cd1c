--TEST--
Worker: reusePort gives each process its own listener (connections reach both processes)
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
\$w->reusePort = true;
\$w->onWorkerStart = function (\$w) { wm_ready(); };
\$w->onMessage = function (\$c, \$d) { \$c->send((string)\$c->worker->id); };
Worker::runAll();
PHP);
$server->waitReady(2);
$seen = [];
for ($i = 0; $i < 40 && count($seen) < 2; $i++) {
    $c = wm_connect($port);
    fwrite($c, "?");
    $seen[wm_read_exact($c, 1)] = true;
    fclose($c);
}
ksort($seen);
var_dump(array_keys($seen));
$server->stop();
?>
--EXPECT--
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(1)
}
