--TEST--
TcpConnection::baseRead($socket, $checkEof), baseWrite(), doSslHandshake() called by hand: baseRead reads what is pending and dispatches it (paused: buffered only), an EOF destroys unless $checkEof is false; baseWrite writes deferred bytes and runs the drain path (true in 4.x); no TLS: doSslHandshake is false
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Timer;
/* Waits (up to 10 s) until the connection's fd is readable, through a dup of it. */
function wait_readable(int \$fd) {
    \$s = fopen("php://fd/\$fd", 'r');
    \$r = [\$s];
    \$none = null;
    stream_select(\$r, \$none, \$none, 10);
    fclose(\$s);
}
\$w = new Worker('text://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onConnect = function (\$c) {
    wait_readable(\$c->getSocket()); // until the client's first lines are there (one write)
    \$c->baseRead(\$c->getSocket());
    echo "after baseRead\\n";
    var_dump(\$c->doSslHandshake(\$c->getSocket()), \$c->getStatus(false));
};
\$w->onMessage = function (\$c, \$data) {
    echo "message \$data\\n";
    if (\$data === 'b') {
        \$c->onBufferDrain = function (\$c) { echo "drain\\n"; };
        \$c->send('ok');
        \$r = \$c->baseWrite(); // the reply was deferred to the end of this read: out now
        var_dump(\$r === (Worker::VERSION[0] === '5' ? null : true), \$c->getSendBufferQueueSize());
    } elseif (\$data === 'c') {
        \$c->pauseRecv();
        Timer::add(0.01, function () use (\$c) { // 'd' came with 'c' (one write)
            \$c->baseRead(\$c->getSocket(), false);
            echo "queued ", \$c->getRecvBufferQueueSize(), " ", \$c->getStatus(false), "\\n";
            wait_readable(\$c->getSocket()); // until the client's close is there
            \$c->baseRead(\$c->getSocket());
            echo "then " . \$c->getStatus(false) . "\\n"; /* one write: the whole line */
        }, [], false);
    }
};
\$w->onClose = function (\$c) { echo "close\\n"; };
Worker::runAll();
PHP);
$server->waitReady();
$c = wm_connect($port);
fwrite($c, "a\nb\n");
echo wm_read_exact($c, 3);
fwrite($c, "c\nd\n");
fclose($c);
$server->waitFor("\nthen CLOSED\n");
$out = $server->stop();
echo preg_replace('/^(?!message|after|bool|string|int|drain|queued|then|close).*\n/m', '', $out);
?>
--EXPECT--
ok
message a
message b
drain
bool(true)
int(0)
after baseRead
bool(false)
string(11) "ESTABLISHED"
message c
queued 2 ESTABLISHED
close
then CLOSED
