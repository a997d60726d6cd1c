--TEST--
Worker: listening on [::1] (IPv6)
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php if (!@stream_socket_server('tcp://[::1]:0')) die('skip no IPv6 loopback'); ?>
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('tcp://[::1]:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onMessage = function (\$c, \$d) { \$c->send("v6:\$d"); };
Worker::runAll();
PHP);
$server->waitReady();
$c = wm_connect($port, '[::1]');
fwrite($c, "hi");
var_dump(wm_read_exact($c, 5));
$server->stop();
?>
--EXPECT--
string(5) "v6:hi"
