--TEST--
UDP: AsyncUdpConnection in a worker talks to a udp worker: send() auto-connects (onConnect first), onMessage (decode only), close($data) sends, onClose, callbacks nulled; text:// scheme gets '\Workerman\Protocols\Text'
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_udp_port();
$port2 = wm_free_udp_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Connection\AsyncUdpConnection;
use Workerman\Connection\ConnectionInterface;
// one write per dump: the servers' lines share the pipe and must not land inside one
function dump(...\$values) { ob_start(); var_dump(...\$values); echo ob_get_clean(); }
\$raw = new Worker('udp://127.0.0.1:$port');
\$raw->onMessage = function (\$c, \$data) { echo "S server got \$data\\n"; \$c->send("pong:\$data"); };
\$text = new Worker('text://127.0.0.1:$port2');
\$text->transport = 'udp';
\$text->onMessage = function (\$c, \$data) { echo "S text server got \$data\\n"; \$c->send("re \$data"); };
\$client = new Worker();
\$client->onWorkerStart = function () {
    \$a = new AsyncUdpConnection('udp://127.0.0.1:$port');
    dump(\$a->getSocket(), \$a->getRemoteAddress(), \$a->protocol);
    \$a->onConnect = function (\$c) { echo "onConnect " . (is_int(\$c->getSocket()) ? 'fd' : 'none') . " " . \$c->getLocalIp() . "\\n"; };
    \$a->onMessage = function (\$c, \$data) {
        echo "client got \$data total_request=" . ConnectionInterface::\$statistics['total_request'] . "\\n";
        dump(\$c->close('last'));
        dump(\$c->onConnect, \$c->onMessage, \$c->onClose, \$c->getSocket());
        \$t = new AsyncUdpConnection('text://127.0.0.1:$port2');
        echo \$t->protocol . "\\n";
        \$t->onMessage = function (\$c, \$data) { echo "text client got " . json_encode(\$data) . "\\n"; \$c->close(); };
        \$t->onClose = function () { echo "text onClose\\n"; wm_ready(); };
        \$t->connect();
        dump(\$t->send('hello'));
    };
    \$a->onClose = function (\$c) { echo "onClose\\n"; };
    dump(\$a->send('ping'));
    echo "sent\\n";
};
Worker::runAll();
PHP);
$server->waitReady();
$server->waitFor('S server got last');
$out = preg_replace('/^(Workerman|-|Press|proto|event|udp|tcp|none|WM_READY).*\n/m', '', $server->stop());
/* Client and servers are separate processes: their lines are compared apart. */
$servers = preg_grep('/^S /', explode("\n", $out));
sort($servers);
echo preg_replace('/^S .*\n/m', '', $out), "--- servers ---\n", implode("\n", $servers), "\n";
?>
--EXPECTF--
NULL
string(%d) "127.0.0.1:%d"
NULL
onConnect fd 127.0.0.1
bool(true)
sent
client got pong:ping total_request=1
onClose
bool(true)
NULL
NULL
NULL
NULL
\Workerman\Protocols\Text
bool(true)
text client got "re hello"
text onClose
--- servers ---
S server got last
S server got ping
S text server got hello
