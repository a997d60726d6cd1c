--TEST--
TcpConnection: pauseRecv() inside onMessage keeps the rest buffered; resumeRecv() delivers it in order; consumeRecvBuffer()
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
\$w = new Worker('text://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onMessage = function (\$c, \$line) {
    echo "msg \$line\\n";
    if (\$line === 'pause') {
        \$c->pauseRecv();
        echo "buffered ", \$c->getRecvBufferQueueSize(), "\\n";
        Timer::add(0.05, function () use (\$c) {
            echo "resume\\n";
            \$c->resumeRecv();
            echo "resumed\\n";
        }, null, false);
    } elseif (\$line === 'skip') {
        \$c->consumeRecvBuffer(4);
    } else {
        \$c->send("re:\$line");
    }
};
Worker::runAll();
PHP);
$server->waitReady();
$c = wm_connect($port);
fwrite($c, "pause\nb\nc\nskip\nXXX\nd\n");
$server->waitFor("resumed");
echo wm_read_exact($c, strlen("re:b\nre:c\nre:d\n"));
$out = $server->stop();
preg_match_all('/^(msg|buffered|resume).*$/m', $out, $m);
echo implode("\n", $m[0]), "\n";
?>
--EXPECT--
re:b
re:c
re:d
msg pause
buffered 15
resume
msg b
msg c
msg skip
msg d
resumed
