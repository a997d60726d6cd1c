--TEST--
Master: stop -g lets a worker with an open connection keep serving it, and exits once the client closes it
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
\$w->onWorkerStop = function (\$w) { echo "worker stop\\n"; };
\$w->onMessage = function (\$c, \$d) { \$c->send("still:\$d"); };
\$w->onClose = function (\$c) { echo "closed\\n"; };
Worker::runAll();
PHP, ['start', '-q']);
$server->waitReady();
$c = wm_connect($port);
fwrite($c, "a");
echo wm_read_exact($c, 7), "\n";
$server->signal(SIGQUIT);
$server->waitFor("worker stop\n");
fwrite($c, "b");
echo wm_read_exact($c, 7), "\n";
var_dump($server->running());
fclose($c);
var_dump($server->wait());
echo str_contains($server->output, "closed\n") ? "onClose ran\n" : "no onClose\n";
echo str_contains($server->output, "has been stopped") ? "stopped\n" : "not stopped\n";
?>
--EXPECT--
still:a
still:b
bool(true)
int(0)
onClose ran
stopped
