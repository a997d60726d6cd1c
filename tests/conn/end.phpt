--TEST--
TcpConnection::end() [5] (API profile 5): sends, half-closes once flushed, drops later input, closes at the peer's EOF or after lingerTimeout
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
putenv('WM_API=5'); // end() is 5.x's
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('tcp://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onMessage = function (\$c, \$data) {
    echo "msg \$data\\n";
    if (\$data === 'linger') { \$c->lingerTimeout = 0.1; }
    \$c->end("bye");
    echo "status ", \$c->getStatus(false), " ", var_export(\$c->send('late'), true), "\\n";
};
\$w->onClose = function (\$c) { echo "close\\n"; };
Worker::runAll();
PHP);
$server->waitReady();
$c = wm_connect($port);
fwrite($c, "first");
var_dump(wm_read_all($c));
fwrite($c, "ignored");
fclose($c);
$server->waitFor("close\n");
$l = wm_connect($port);
fwrite($l, "linger");
var_dump(wm_read_all($l));
$server->waitFor("close\n", 2);
$out = $server->stop();
preg_match_all('/^(msg|status|close).*$/m', $out, $m);
echo implode("\n", $m[0]), "\n";
?>
--EXPECT--
string(3) "bye"
string(3) "bye"
msg first
status ENDING false
close
msg linger
status ENDING false
close
