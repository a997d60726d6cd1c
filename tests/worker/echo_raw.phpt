--TEST--
Worker: raw tcp echo with onWorkerStart, onConnect, onMessage, onClose in two processes
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
\$w->onWorkerStart = function (\$w) { wm_ready(); };
\$w->onConnect = function (\$c) { echo "connect\n"; };
\$w->onMessage = function (\$c, \$data) { \$c->send("echo:" . \$data); };
\$w->onClose = function (\$c) { echo "close\n"; };
Worker::runAll();
PHP);
$server->waitReady(2);
$c = wm_connect($port);
fwrite($c, "hello");
var_dump(wm_read_exact($c, 10));
fclose($c);
$server->waitFor("close\n");
$out = $server->stop();
var_dump(substr_count($out, "connect\n"), substr_count($out, "close\n"));
?>
--EXPECT--
string(10) "echo:hello"
int(1)
int(1)
