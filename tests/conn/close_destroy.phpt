--TEST--
TcpConnection: close($data) delivers then closes, destroy(), onClose exactly once, getStatus, send after close
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
\$w = new Worker('tcp://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onClose = function (\$c) { echo "onClose ", \$c->getStatus(false), "\\n"; };
\$w->onMessage = function (\$c, \$data) {
    echo "status ", \$c->getStatus(), " ", \$c->getStatus(false), "\\n";
    if (\$data === 'bye') {
        var_dump(\$c->close(str_repeat('z', 20000000)));
        echo "after close ", \$c->getStatus(false), "\\n";
        var_dump(\$c->send('more'));
        \$c->close();
    } elseif (\$data === 'kill') {
        \$c->send('never?');
        \$c->destroy();
        echo "after destroy ", \$c->getStatus(false), " ", \$c->getStatus() === \\Workerman\\Connection\\TcpConnection::STATUS_CLOSED ? 'STATUS_CLOSED' : \$c->getStatus(), "\\n";
        var_dump(\$c->send('x'));
        \$c->destroy();
        \$c->close('y');
        echo "kill done\\n";
    }
};
Worker::runAll();
PHP);
$server->waitReady();
$c = wm_connect($port);
fwrite($c, "bye");
$server->waitFor("after close");
$data = wm_read_all($c);
var_dump(strlen($data), $data === str_repeat('z', 20000000));
$server->waitFor("onClose");
$k = wm_connect($port);
fwrite($k, "kill");
var_dump(wm_read_all($k));
/* The worker's last line: the master's stopping line must not land inside its output. */
$server->waitFor("kill done");
$out = $server->stop();
preg_match_all('/^(status|after|onClose|bool|NULL).*$/m', $out, $m);
echo implode("\n", $m[0]), "\n";
?>
--EXPECT--
int(20000000)
bool(true)
string(6) "never?"
status 2 ESTABLISHED
NULL
after close CLOSING
bool(false)
onClose CLOSED
status 2 ESTABLISHED
onClose CLOSED
after destroy CLOSED STATUS_CLOSED
bool(false)
