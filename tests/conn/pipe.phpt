--TEST--
TcpConnection::pipe(): data forwarded both ways, closing one side closes the other, backpressure callbacks set on the destination
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
\$w->onWorkerStart = function () { wm_ready(); };
\$first = null;
\$w->onConnect = function (\$c) use (&\$first) {
    if (!\$first) { \$first = \$c; return; }
    \$first->pipe(\$c);
    \$c->pipe(\$first);
    echo "piped ", json_encode([\$c->onBufferFull instanceof Closure, \$c->onBufferDrain instanceof Closure, \$c->onMessage instanceof Closure]), "\\n";
};
\$w->onClose = function (\$c) { echo "worker onClose\\n"; };
Worker::runAll();
PHP);
$server->waitReady();
$a = wm_connect($port);
$b = wm_connect($port);
$server->waitFor("piped");
fwrite($a, "from a");
var_dump(wm_read_exact($b, 6));
fwrite($b, "from b");
var_dump(wm_read_exact($a, 6));
fclose($a);
var_dump(wm_read_all($b));
$out = $server->stop();
preg_match_all('/^(piped|worker).*$/m', $out, $m);
echo implode("\n", $m[0]), "\n";
?>
--EXPECT--
string(6) "from a"
string(6) "from b"
string(0) ""
piped [true,true,true]
