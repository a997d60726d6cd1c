--TEST--
Worker: listen() inside a running worker adds a listener in that process; callbacks set after listen() are used
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$inner = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('tcp://127.0.0.1:$port');
\$w->onWorkerStart = function (\$w) {
    \$inner = new Worker('tcp://127.0.0.1:$inner');
    \$inner->reusePort = false;
    \$inner->listen();
    \$inner->name = 'inner';
    \$inner->onMessage = function (\$c, \$d) { \$c->send("inner:\$d"); };
    wm_ready();
};
\$w->onMessage = function (\$c, \$d) { \$c->send("outer:\$d"); };
Worker::runAll();
PHP);
$server->waitReady();
$a = wm_connect($port);
$b = wm_connect($inner);
fwrite($a, "x");
fwrite($b, "y");
var_dump(wm_read_exact($a, 7), wm_read_exact($b, 7));
$server->stop();
?>
--EXPECT--
string(7) "outer:x"
string(7) "inner:y"
