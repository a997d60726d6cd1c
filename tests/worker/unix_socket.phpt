--TEST--
Worker: unix:// listener, socket file owned by $worker->group, removed when the server stops
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$path = sys_get_temp_dir() . '/wm-unix-' . getmypid() . '.sock';
$group = posix_getgrgid(posix_getegid())['name'];
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('unix://$path');
\$w->group = '$group';
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onMessage = function (\$c, \$d) { \$c->send("unix:\$d"); };
Worker::runAll();
PHP);
$server->waitReady();
var_dump(filetype($path), filegroup($path) === posix_getegid());
$c = stream_socket_client("unix://$path");
fwrite($c, "hi");
var_dump(wm_read_exact($c, 7));
fclose($c);
$server->stop();
clearstatcache();
var_dump(file_exists($path));
?>
--EXPECT--
string(6) "socket"
bool(true)
string(7) "unix:hi"
bool(false)
