--TEST--
TcpConnection::send(): true when written, null when buffered, false when dropped or closed; onError texts; onBufferFull/onBufferDrain order
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
use Workerman\Connection\TcpConnection;
\$w = new Worker('tcp://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onConnect = function (\$c) { echo "connect send: ", var_export(\$c->send("hi\\n"), true), "\\n"; };
\$w->onError = function (\$c, \$code, \$msg) { echo "error \$code \$msg\\n"; };
\$w->onBufferFull = function (\$c) { echo "full\\n"; };
\$w->onBufferDrain = function (\$c) { echo "drain\\n"; };
\$w->onClose = function (\$c) { echo "close\\n"; };
\$w->onMessage = function (\$c, \$data) {
    if (\$data === 'small') {
        echo "small: ", var_export(\$c->send("ok\\n"), true), "\\n";
        return;
    }
    if (\$data === 'flood') {
        \$c->maxSendBufferSize = 100000;
        Timer::add(0.01, function () use (\$c) {
            \$chunk = str_repeat('x', 60000);
            \$results = [];
            for (\$i = 0; \$i < 200; \$i++) {
                \$r = \$c->send(\$chunk);
                \$results[] = var_export(\$r, true);
                if (\$r === false) { break; }
            }
            echo "flood: ", preg_match('/^(true,)+(NULL,)+false\$/', implode(',', \$results)) ? 'true..null..false' : implode(',', \$results), "\\n";
            echo "queued >= max: ", var_export(\$c->getSendBufferQueueSize() >= 100000, true), "\\n";
            echo "bufferIsEmpty: ", var_export(\$c->bufferIsEmpty(), true), "\\n";
        }, null, false);
        return;
    }
    if (\$data === 'gone') {
        \$c->pauseRecv();
        /* The peer has closed: the first send still succeeds, the kernel answers it with a
         * reset, and a later send fails. When the reset lands depends on the machine's
         * load, so keep sending on a short timer until send() reports it. */
        \$n = 0;
        \$id = Timer::add(0.01, function () use (\$c, &\$n, &\$id) {
            \$r = \$c->send('a');
            if (++\$n === 1) { echo "gone 1: ", var_export(\$r, true), "\\n"; return; }
            if (\$r !== false && \$n < 500) { return; }
            Timer::del(\$id);
            echo "gone 2: ", var_export(\$r, true), "\\n";
            /* One write: the test stops the server once it sees "after:". */
            \$r = \$c->send('c'); echo "after: " . var_export(\$r, true) . "\\n";
        });
    }
};
Worker::runAll();
PHP);
$server->waitReady();
$c = wm_connect($port);
var_dump(wm_read_exact($c, 3));
fwrite($c, "small");
var_dump(wm_read_exact($c, 3));
fwrite($c, "flood");
$server->waitFor("bufferIsEmpty");
stream_set_blocking($c, false);
$deadline = microtime(true) + 5;
while (strpos($server->output, "drain\n") === false && microtime(true) < $deadline) {
    fread($c, 1 << 20);
    $server->pump(0.001);
}
fclose($c);
$server->waitFor("close\n");
$g = wm_connect($port);
wm_read_exact($g, 3);
fwrite($g, "gone");
fclose($g);
$server->waitFor("after:");
$out = $server->stop();
preg_match_all('/^(connect send|small|flood|queued|bufferIsEmpty|full|drain|error|close|gone \d|after).*$/m', $out, $m);
echo implode("\n", $m[0]), "\n";
?>
--EXPECT--
string(3) "hi
"
string(3) "ok
"
connect send: true
small: true
full
error 2 send buffer full and drop package
flood: true..null..false
queued >= max: true
bufferIsEmpty: false
drain
close
connect send: true
gone 1: true
error 2 client closed
close
gone 2: false
after: false
